using Employment.Core.JobSeekers;

namespace Employment.Web.Features.Matching;

public sealed record MatchesPage(JobSeeker Person, MatchFilters Filters, IReadOnlyList<Suggestion> Suggestions, string RankedBy);
