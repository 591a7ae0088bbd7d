using Employment.Core.JobSeekers;
using Employment.Matching.Candidates;
using Employment.Matching.Ranking;

namespace Employment.Web.Features.Matching;

public sealed record MatchesPage(JobSeeker Person, MatchFilters Filters, RankedMatches Matches);
