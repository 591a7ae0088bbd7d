namespace Employment.Matching.Ranking;

/// <summary>
/// The best suggestions, best first; in words for the coach which scorer ranked them ("Ranked by model v3, trained on
/// 6 December 2026"); whether kinds the person asked for were put first (decision 0047).
/// </summary>
public sealed record RankedMatches(IReadOnlyList<Suggestion> Suggestions, string RankedBy, bool KindsWantedFirst = false);
