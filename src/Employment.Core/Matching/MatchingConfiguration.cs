using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Matching;

internal sealed class RankerModelConfiguration : IEntityTypeConfiguration<RankerModel>
{
    public void Configure(EntityTypeBuilder<RankerModel> b)
    {
        b.Property(m => m.Trainer).HasMaxLength(32);
        b.Property(m => m.Metadata).HasColumnType("jsonb");
        b.HasIndex(m => m.IsCurrent).IsUnique().HasFilter("is_current");
    }
}

internal sealed class FairnessReportRecordConfiguration : IEntityTypeConfiguration<FairnessReportRecord>
{
    public void Configure(EntityTypeBuilder<FairnessReportRecord> b)
    {
        b.ToTable("fairness_reports");
        b.Property(r => r.Figures).HasColumnType("jsonb");
        b.HasIndex(r => r.MadeAt);
    }
}

internal sealed class MatchFeedbackConfiguration : IEntityTypeConfiguration<MatchFeedback>
{
    public void Configure(EntityTypeBuilder<MatchFeedback> b)
    {
        b.Property(f => f.Verdict).HasMaxLength(32);
        b.Property(f => f.Reason).HasMaxLength(500);
        b.Property(f => f.Source).HasMaxLength(32).HasDefaultValue(MatchFeedback.FromCoach);
        b.HasIndex(f => new { f.JobSeekerId, f.OpportunityId });
        b.HasOne<JobSeekers.JobSeeker>().WithMany().HasForeignKey(f => f.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Opportunities.Opportunity>().WithMany().HasForeignKey(f => f.OpportunityId).OnDelete(DeleteBehavior.Cascade);
    }
}
