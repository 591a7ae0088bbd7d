using Employment.Matching.Candidates;
using Employment.Matching.Ranking;

namespace Employment.Web.Features.Matching;

/// <summary>One suggestion card: on "People for" pages the person is the heading, otherwise the opportunity.</summary>
/// <param name="Filters">The filters the list was drawn with, kept through Propose.</param>
public sealed record SuggestionView(Suggestion Suggestion, int Position, bool ForPeople, MatchFilters? Filters = null);
