using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Features;

namespace Employment.Matching.Ranking;

/// <summary>One suggested pair as a coach sees it: the score only orders the list; the words explain it.</summary>
public sealed record Suggestion(JobSeeker Person, Opportunity Opportunity, float Score, int JourneyMinutes, MatchExplanation Explanation);
