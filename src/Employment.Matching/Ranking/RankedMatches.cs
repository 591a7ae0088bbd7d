namespace Employment.Matching.Ranking;

/// <summary>The best suggestions, best first, and in words for the coach which scorer ranked them ("Ranked by model v3").</summary>
public sealed record RankedMatches(IReadOnlyList<Suggestion> Suggestions, string RankedBy);
