namespace Employment.Web.Features.Matching;

/// <summary>The best suggestions, best first, and which scorer ranked them.</summary>
public sealed record RankedSuggestions(IReadOnlyList<Suggestion> Suggestions, string RankedBy);
