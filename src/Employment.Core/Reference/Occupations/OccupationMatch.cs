namespace Employment.Core.Reference.Occupations;

/// <param name="UnitGroup">The SOC 2020 unit group code, for example "9263".</param>
/// <param name="Title">The unit group's title.</param>
/// <param name="MatchedTitle">The job title or everyday words that matched, shown beside the unit group.</param>
/// <param name="Score">Higher is more likely; only comparable within one search.</param>
public sealed record OccupationMatch(string UnitGroup, string Title, string MatchedTitle, double Score);
