using Employment.Core.Opportunities;

namespace Employment.Matching.Input;

/// <summary>What the ranker needs from an opportunity (vacancy), from the database or an interchange file.</summary>
public sealed record OpportunityFacts
{
    public required string Id { get; init; }
    public required string EmployerId { get; init; }
    public string Title { get; init; } = "";
    public required OpportunityKind Kind { get; init; }
    public required string SocCode { get; init; }
    public IReadOnlyList<string> SkillsRequired { get; init; } = [];
    public IReadOnlyList<string> AdjustmentsOffered { get; init; } = [];
    public required decimal HoursPerWeek { get; init; }
    public decimal? HourlyPay { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
    public bool InterviewGuaranteed { get; init; }
}
