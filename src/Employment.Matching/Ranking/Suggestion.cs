using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Features;

namespace Employment.Matching.Ranking;

/// <summary>
/// One suggested pair as a coach sees it: the score only orders the list (it is never shown); the words explain it.
/// <paramref name="JourneyMinutes"/> is rounded as every page says it (<see cref="Journey.RoundedMinutes"/>).
/// </summary>
public sealed record Suggestion(JobSeeker Person, Opportunity Opportunity, float Score, int JourneyMinutes, MatchExplanation Explanation);
