using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Opportunities;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> b)
    {
        b.Property(o => o.Title).HasMaxLength(200);
        b.Property(o => o.Description).HasMaxLength(4000);
        b.Property(o => o.SourceId).HasMaxLength(64);
        b.HasIndex(o => o.SourceId).IsUnique();
        b.Property(o => o.SocCode).HasMaxLength(4);
        b.Property(o => o.Postcode).HasMaxLength(10);
        b.Property(o => o.StudyProgrammePartner).HasMaxLength(200);
        b.Property(o => o.HoursPerWeek).HasPrecision(4, 1);
        b.Property(o => o.HourlyPay).HasPrecision(6, 2);
        b.HasOne(o => o.Employer).WithMany(e => e.Opportunities).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(o => o.Site).WithMany().HasForeignKey(o => o.SiteId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(o => o.Soc).WithMany().HasForeignKey(o => o.SocCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.ClosedOn, o.ClosesOn });
        // The adviser dashboard counts opportunities posted in each period; without it every count reads every opportunity ever posted.
        b.HasIndex(o => o.PostedOn);
        b.HasIndex(o => o.SocCode);
    }
}
