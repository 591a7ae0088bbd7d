namespace Employment.Core.Reference.Occupations;

/// <summary>Finds SOC 2020 unit groups from what a person says they want to do, in their own words, most likely first.</summary>
public interface IOccupationFinder
{
    IReadOnlyList<OccupationMatch> Find(string words, int limit = 10);
}
