using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Placements;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public const string OneActivePerPair = "ix_placements_one_active_per_person_and_opportunity";

    private static readonly string ActiveFilter =
        $"stage IN ({string.Join(", ", PlacementPipeline.Active.Select(stage => $"'{SnakeCase.Of(stage)}'"))})";

    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.HasOne(p => p.JobSeeker).WithMany(j => j.Placements).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(p => p.Opportunity).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.JobSeekerId, p.OpportunityId });
        // One placement still going on per person and opportunity: two coaches proposing the same pair at once make one.
        b.HasIndex(p => new { p.JobSeekerId, p.OpportunityId }, OneActivePerPair).IsUnique().HasFilter(ActiveFilter).HasDatabaseName(OneActivePerPair);
        b.HasIndex(p => p.OpportunityId);
        b.Property(p => p.Version).IsRowVersion();
    }
}

internal sealed class PlacementEventConfiguration : IEntityTypeConfiguration<PlacementEvent>
{
    public void Configure(EntityTypeBuilder<PlacementEvent> b)
    {
        b.HasOne(e => e.Placement).WithMany(p => p.Events).OnDelete(DeleteBehavior.Cascade);
        b.Property(e => e.HoursPerWeek).HasPrecision(4, 1);
        b.Property(e => e.HourlyPay).HasPrecision(6, 2);
        b.Property(e => e.Reason).HasMaxLength(500);
        b.Property(e => e.Role).HasMaxLength(PlacementRecorder.MostRoleLength);
        b.HasIndex(e => new { e.PlacementId, e.OccurredOn });
        b.HasIndex(e => new { e.Type, e.OccurredOn });
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.HasOne(f => f.Placement).WithMany(p => p.FollowUps).OnDelete(DeleteBehavior.Cascade);
        b.Property(f => f.Notes).HasMaxLength(2000);
        b.Property(f => f.SupportHours).HasPrecision(5, 1);
        b.Property(f => f.RiskDetails).HasMaxLength(1000);
        b.Ignore(f => f.IsOpen);
        b.Property(f => f.Version).IsRowVersion();
        b.HasIndex(f => new { f.CompletedOn, f.DueOn });
    }
}
