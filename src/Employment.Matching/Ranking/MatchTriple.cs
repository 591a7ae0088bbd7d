using Employment.Matching.Input;

namespace Employment.Matching.Ranking;

/// <summary>One (person, opportunity, employer) to score.</summary>
public sealed record MatchTriple(CandidateProfile Profile, OpportunityFacts Opportunity, EmployerFacts Employer);
