namespace Employment.Core.Reference.Occupations;

/// <param name="UnitGroup">The SOC 2020 unit group code, for example "9263".</param>
/// <param name="Title">The unit group's title.</param>
/// <param name="MatchedTitle">The job title or everyday words that matched, shown beside the unit group.</param>
/// <param name="Score">Higher is more likely; only comparable within one search.</param>
public sealed record OccupationMatch(string UnitGroup, string Title, string MatchedTitle, double Score)
{
    /// <summary>
    /// Every word of <see cref="MatchedTitle"/> was in what was asked ("make coffee" in "I like to make coffee"), not just
    /// some of them: a match to act on without asking, where a partial one is only a suggestion.
    /// </summary>
    public bool Whole { get; init; }
}
