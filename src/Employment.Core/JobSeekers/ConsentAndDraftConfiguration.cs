using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.JobSeekers;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.HasOne(c => c.JobSeeker).WithMany(j => j.ConsentHistory).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.ExplainedHow).HasMaxLength(1000);
        b.Property(c => c.Decision).HasConversion<SnakeCaseEnumConverter<ConsentDecision>>().HasMaxLength(32);
        b.HasIndex(c => new { c.JobSeekerId, c.RecordedAt });
    }
}

internal sealed class ProfileDraftConfiguration : IEntityTypeConfiguration<ProfileDraft>
{
    public void Configure(EntityTypeBuilder<ProfileDraft> b)
    {
        b.Property(d => d.Answers).HasColumnType("jsonb");
        b.HasIndex(d => d.CoachId);
        // One draft per person and coach, even when the coach opens "change" in two tabs at once.
        b.HasIndex(d => new { d.CoachId, d.JobSeekerId }).IsUnique().HasFilter("job_seeker_id IS NOT NULL");
    }
}
