using Employment.Core.Employers;
using Employment.Matching.Features;

namespace Employment.Matching.Input;

/// <summary>What the ranker needs from an employer: its Disability Confident membership, and its record when known.</summary>
public sealed record EmployerFacts
{
    public required string Id { get; init; }
    public string Name { get; init; } = "";
    public required DisabilityConfidentLevel DcLevel { get; init; }
    public DateOnly? DcValidUntil { get; init; }

    /// <summary>How earlier proposals to it went, as of the day the facts were read; none unless the reader knows.</summary>
    public EmployerRecord Record { get; init; } = EmployerRecord.None;

    public bool IsDisabilityConfidentOn(DateOnly day) =>
        DcLevel != DisabilityConfidentLevel.None && (DcValidUntil is null || DcValidUntil >= day);
}
