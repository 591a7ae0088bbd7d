using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Statistics;

/// <summary>
/// One start of a placement with the first end recorded after it: derived from placement events by a database
/// trigger (migration Issue6Statistics), never written by the application, so statistics need not replay millions
/// of events on every request.
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
    }
}
