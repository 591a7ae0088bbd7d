using Employment.Core.Placements;
using Employment.Matching.Input;

namespace Employment.Matching.Data;

/// <summary>A dataset as the ranker sees it: profiles, opportunities, employers and placement events, by id.</summary>
public sealed class MatchingData
{
    public required IReadOnlyDictionary<string, CandidateProfile> Candidates { get; init; }
    public required IReadOnlyDictionary<string, OpportunityFacts> Opportunities { get; init; }
    public required IReadOnlyDictionary<string, EmployerFacts> Employers { get; init; }
    public required IReadOnlyList<(string CandidateId, string VacancyId, PlacementEventType Event, DateOnly Date)> Events { get; init; }

    /// <summary>Rows left out because they broke the format, in "file line n, column: problem" form.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
