using Employment.Core.Opportunities;

namespace Employment.Core.Employers;

public class Employer
{
    public Guid Id { get; set; }
    public string? SourceId { get; set; }

    public required string Name { get; set; }
    public string? Sector { get; set; }

    public DisabilityConfidentLevel DcLevel { get; set; }

    /// <summary>End of the current membership: DWP publishes no expiry dates, so the product keeps its own.</summary>
    public DateOnly? DcValidUntil { get; set; }

    /// <summary>When the current level began (null when not a member, or not known), so statistics can count new members.</summary>
    public DateOnly? DcSince { get; set; }

    public List<string> AdjustmentsUsuallyOffered { get; set; } = [];

    public ApprovalStatus Approval { get; set; }
    public DateTimeOffset? ApprovalDecidedAt { get; set; }
    public Guid? ApprovalDecidedById { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<Opportunity> Opportunities { get; set; } = [];
    public List<EmployerSite> Sites { get; set; } = [];

    /// <summary>Changes the membership, starting <see cref="DcSince"/> afresh only when the level itself changes.</summary>
    public void SetDisabilityConfident(DisabilityConfidentLevel level, DateOnly? validUntil, DateOnly today)
    {
        if (level != DcLevel)
        {
            DcSince = level == DisabilityConfidentLevel.None ? null : today;
        }
        DcLevel = level;
        DcValidUntil = level == DisabilityConfidentLevel.None ? null : validUntil;
    }

    public bool IsDisabilityConfidentOn(DateOnly day) =>
        DcLevel != DisabilityConfidentLevel.None && (DcValidUntil is null || DcValidUntil >= day);
}
