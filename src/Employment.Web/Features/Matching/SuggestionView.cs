using Employment.Matching.Ranking;

namespace Employment.Web.Features.Matching;

/// <summary>One suggestion card: on "People for" pages the person is the heading, otherwise the opportunity.</summary>
public sealed record SuggestionView(Suggestion Suggestion, int Position, bool ForPeople);
