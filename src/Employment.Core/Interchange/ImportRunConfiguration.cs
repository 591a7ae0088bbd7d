using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Interchange;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> b)
    {
        b.Property(r => r.Source).HasMaxLength(300);
        b.Property(r => r.Status).HasMaxLength(16);
        b.Property(r => r.Report).HasColumnType("jsonb");
        b.HasIndex(r => r.StartedAt);
    }
}
