using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Email;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> b)
    {
        b.Property(e => e.DedupeKey).HasMaxLength(200);
        b.HasIndex(e => e.DedupeKey).IsUnique();
        b.Property(e => e.ToAddress).HasMaxLength(256);
        b.Property(e => e.ToName).HasMaxLength(200);
        b.Property(e => e.Subject).HasMaxLength(300);
        b.Property(e => e.MessageId).HasMaxLength(200);
        b.Property(e => e.LastError).HasMaxLength(1000);
        b.Property(e => e.Priority).HasConversion<short>();
        b.HasIndex(e => new { e.Status, e.NextAttemptAt });
        b.HasIndex(e => e.CreatedAt);
    }
}
