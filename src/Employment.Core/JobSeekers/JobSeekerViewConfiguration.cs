using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.JobSeekers;

internal sealed class PersonalLinkConfiguration : IEntityTypeConfiguration<PersonalLink>
{
    public void Configure(EntityTypeBuilder<PersonalLink> b)
    {
        b.HasOne(l => l.JobSeeker).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.Property(l => l.TokenHash).HasMaxLength(32);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.Property(l => l.ShortCodeHash).HasMaxLength(32);
        b.HasIndex(l => l.ShortCodeHash).IsUnique();
        b.HasIndex(l => l.JobSeekerId);
    }
}

internal sealed class JobSeekerAnswerConfiguration : IEntityTypeConfiguration<JobSeekerAnswer>
{
    public void Configure(EntityTypeBuilder<JobSeekerAnswer> b)
    {
        b.HasOne(a => a.JobSeeker).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Opportunities.Opportunity>().WithMany().HasForeignKey(a => a.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.Words).HasMaxLength(500);
        b.HasIndex(a => new { a.JobSeekerId, a.RecordedAt });
        b.HasIndex(a => a.RecordedAt);
    }
}
