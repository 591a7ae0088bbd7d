using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.AccessToWork;

internal sealed class AccessToWorkApplicationConfiguration : IEntityTypeConfiguration<AccessToWorkApplication>
{
    public void Configure(EntityTypeBuilder<AccessToWorkApplication> b)
    {
        b.ToTable("access_to_work_applications");
        b.HasOne(a => a.JobSeeker).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.Decision).HasConversion<SnakeCaseEnumConverter<AccessToWorkDecision>>().HasMaxLength(32);
        b.Property(a => a.AwardAmount).HasPrecision(10, 2);
        b.Property(a => a.JobCoachHoursPerWeek).HasPrecision(5, 2);
        b.Property(a => a.Version).IsRowVersion();
        b.HasIndex(a => new { a.JobSeekerId, a.AppliedOn });
        // One application waiting for a decision per person: two coaches recording it at once make one.
        b.HasIndex(a => a.JobSeekerId).IsUnique().HasFilter("decision IS NULL").HasDatabaseName("ix_access_to_work_one_waiting_per_person");
        b.HasIndex(a => a.RenewalDueOn);
    }
}
