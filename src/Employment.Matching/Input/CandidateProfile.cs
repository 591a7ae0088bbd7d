using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;

namespace Employment.Matching.Input;

/// <summary>What the ranker needs from a careers profile, whether it came from the database or an interchange file.</summary>
public sealed record CandidateProfile
{
    public required string Id { get; init; }

    /// <summary>Used only to word explanations; empty for imported people, who have no names.</summary>
    public string FirstName { get; init; } = "";

    public required DateOnly DateOfBirth { get; init; }
    public required bool HasEhcPlan { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
    public int LocalAuthorityId { get; init; }

    /// <summary>SOC 2020 unit groups, most wanted first.</summary>
    public required IReadOnlyList<string> Interests { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> SupportNeeds { get; init; } = [];
    public required TravelMode TravelMode { get; init; }
    public required int TravelMaxMinutes { get; init; }
    public required decimal HoursMin { get; init; }
    public required decimal HoursMax { get; init; }

    /// <summary>Empty means any kind.</summary>
    public IReadOnlyList<OpportunityKind> PreferredKinds { get; init; } = [];

    public string NameOrDefault => string.IsNullOrWhiteSpace(FirstName) ? "this person" : FirstName;
}
