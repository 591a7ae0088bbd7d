using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Employers;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> b)
    {
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Sector).HasMaxLength(200);
        b.Property(e => e.SourceId).HasMaxLength(64);
        b.HasIndex(e => e.SourceId).IsUnique();
        b.HasIndex(e => e.Approval);
    }
}
