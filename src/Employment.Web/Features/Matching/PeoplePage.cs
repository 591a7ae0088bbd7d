using Employment.Core.Opportunities;

namespace Employment.Web.Features.Matching;

public sealed record PeoplePage(Opportunity Opportunity, bool IsOpen, IReadOnlyList<Suggestion> Suggestions, string RankedBy);
