using Employment.Core.Employers;

namespace Employment.Matching.Input;

/// <summary>What the ranker needs from an employer: its Disability Confident membership.</summary>
public sealed record EmployerFacts
{
    public required string Id { get; init; }
    public string Name { get; init; } = "";
    public required DisabilityConfidentLevel DcLevel { get; init; }
    public DateOnly? DcValidUntil { get; init; }

    public bool IsDisabilityConfidentOn(DateOnly day) =>
        DcLevel != DisabilityConfidentLevel.None && (DcValidUntil is null || DcValidUntil >= day);
}
