using Employment.Core.Data;
using Employment.Core.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.JobSeekers;

internal sealed class JobSeekerConfiguration : IEntityTypeConfiguration<JobSeeker>
{
    public void Configure(EntityTypeBuilder<JobSeeker> b)
    {
        b.Property(j => j.FirstName).HasMaxLength(100);
        b.Property(j => j.LastName).HasMaxLength(100);
        b.Property(j => j.SourceId).HasMaxLength(64);
        b.HasIndex(j => j.SourceId).IsUnique();
        b.Property(j => j.HomePostcode).HasMaxLength(10);
        b.Property(j => j.Aspirations).HasMaxLength(2000);
        b.Property(j => j.ConsentExplainedHow).HasMaxLength(1000);
        b.Property(j => j.PauseReason).HasConversion<SnakeCaseEnumConverter<PauseReason>>().HasMaxLength(32);
        b.Property(j => j.PauseReasonOther).HasMaxLength(PauseReasons.OtherMaxLength);
        b.Property(j => j.HoursMin).HasPrecision(4, 1);
        b.Property(j => j.HoursMax).HasPrecision(4, 1);
        b.PrimitiveCollection(j => j.PreferredKinds).ElementType().HasConversion<SnakeCaseEnumConverter<OpportunityKind>>();
        b.HasIndex(j => j.Interests).HasMethod("gin");
        b.HasIndex(j => j.CoachId);
        b.HasOne(j => j.LocalAuthority).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(j => j.Coach).WithMany().HasForeignKey(j => j.CoachId).OnDelete(DeleteBehavior.SetNull);
    }
}
