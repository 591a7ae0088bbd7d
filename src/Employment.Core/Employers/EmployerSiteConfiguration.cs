using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Employers;

internal sealed class EmployerSiteConfiguration : IEntityTypeConfiguration<EmployerSite>
{
    public void Configure(EntityTypeBuilder<EmployerSite> b)
    {
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Postcode).HasMaxLength(10);
        b.HasOne(s => s.Employer).WithMany(e => e.Sites).OnDelete(DeleteBehavior.Cascade);
    }
}
