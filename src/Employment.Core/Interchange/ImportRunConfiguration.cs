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
        b.Property(r => r.JobId).HasMaxLength(64);
        b.Property(r => r.InterruptedReason).HasMaxLength(300);
        b.HasMany(r => r.History).WithOne().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportRunEventConfiguration : IEntityTypeConfiguration<ImportRunEvent>
{
    public void Configure(EntityTypeBuilder<ImportRunEvent> b)
    {
        b.Property(e => e.What).HasMaxLength(300);
        b.HasIndex(e => new { e.RunId, e.At });
    }
}

internal sealed class ImportUploadChunkConfiguration : IEntityTypeConfiguration<ImportUploadChunk>
{
    public void Configure(EntityTypeBuilder<ImportUploadChunk> b)
    {
        b.HasKey(c => new { c.RunId, c.FileName, c.Sequence });
        b.Property(c => c.FileName).HasMaxLength(64);
    }
}
