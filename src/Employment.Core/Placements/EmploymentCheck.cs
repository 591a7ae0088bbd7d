using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Placements;

public enum EmploymentCheckSource
{
    EmployerLink,
    Coach,
}

/// <summary>
/// An outcome fact at a milestone: whether the person was still working there and for how many hours, asked of the
/// employer (by emailed link) or recorded by the coach. One per milestone follow-up.
/// </summary>
public class EmploymentCheck
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }
    public Placement? Placement { get; set; }

    public Guid FollowUpId { get; set; }
    public FollowUp? FollowUp { get; set; }

    public DateOnly AskedOn { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public bool? StillEmployed { get; set; }
    public decimal? HoursNow { get; set; }
    public EmploymentCheckSource? Source { get; set; }
}

internal sealed class EmploymentCheckConfiguration : IEntityTypeConfiguration<EmploymentCheck>
{
    public void Configure(EntityTypeBuilder<EmploymentCheck> b)
    {
        b.HasOne(c => c.Placement).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.FollowUp).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => c.FollowUpId).IsUnique();
        b.HasIndex(c => c.PlacementId);
        b.Property(c => c.HoursNow).HasPrecision(4, 1);
    }
}
