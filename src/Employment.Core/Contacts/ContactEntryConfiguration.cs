using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Contacts;

internal sealed class ContactEntryConfiguration : IEntityTypeConfiguration<ContactEntry>
{
    public void Configure(EntityTypeBuilder<ContactEntry> b)
    {
        b.HasOne(c => c.JobSeeker).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Placement).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasOne(c => c.FollowUp).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.Property(c => c.Text).HasMaxLength(ContactLogService.MostTextLength);
        b.HasIndex(c => new { c.JobSeekerId, c.OccurredOn });
        // A follow-up is completed by one contact at most.
        b.HasIndex(c => c.FollowUpId).IsUnique();
    }
}
