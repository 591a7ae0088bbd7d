using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Statistics;

/// <summary>
/// One start of a placement with the first end recorded after it: derived from placement events by a database
/// trigger (migration EmploymentSchema), never written by the application, so statistics need not replay millions
/// of events on every request. The columns every filter needs (the opportunity's kind and internship length, the
/// employer's current Disability Confident level, the person's council, date of birth and joining day) are copied
/// onto the spell and kept up to date by triggers on those tables (migration EmploymentSchema), so measures read
/// this one table without joins.
/// </summary>
public class PlacementSpell
{
    public long StartEventId { get; set; }
    public Guid PlacementId { get; set; }
    public Guid JobSeekerId { get; set; }
    public Guid OpportunityId { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public decimal? HoursPerWeek { get; set; }
    public decimal? HourlyPay { get; set; }

    /// <summary>Copied from the opportunity.</summary>
    public OpportunityKind Kind { get; set; }

    /// <summary>Copied from the opportunity (supported internships only).</summary>
    public int? InternshipLengthMonths { get; set; }

    /// <summary>The employer's Disability Confident level now (not on the start day), as the filter has always meant.</summary>
    public DisabilityConfidentLevel DcLevel { get; set; }

    /// <summary>Copied from the job seeker.</summary>
    public int LocalAuthorityId { get; set; }

    /// <summary>Copied from the job seeker.</summary>
    public DateOnly DateOfBirth { get; set; }

    /// <summary>The UTC day the job seeker joined (their record's creation).</summary>
    public DateOnly JoinedOn { get; set; }
}

internal sealed class PlacementSpellConfiguration : IEntityTypeConfiguration<PlacementSpell>
{
    public void Configure(EntityTypeBuilder<PlacementSpell> b)
    {
        b.ToTable("placement_spells");
        b.HasKey(s => s.StartEventId);
        b.Property(s => s.StartEventId).ValueGeneratedNever();
        b.HasOne<Placement>().WithMany().HasForeignKey(s => s.PlacementId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.HoursPerWeek).HasPrecision(4, 1);
        b.Property(s => s.HourlyPay).HasPrecision(6, 2);
        b.HasIndex(s => s.StartedOn);
        b.HasIndex(s => new { s.JobSeekerId, s.StartedOn });
        b.HasIndex(s => s.OpportunityId);
        b.HasIndex(s => new { s.LocalAuthorityId, s.StartedOn });
    }
}
