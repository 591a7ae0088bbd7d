using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Opportunities.Search;

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> b)
    {
        b.HasIndex(s => s.JobSeekerId).IsUnique();
        b.HasOne(s => s.JobSeeker).WithMany().HasForeignKey(s => s.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Words).HasMaxLength(SavedSearches.MaxWordsLength);
        b.Property(s => s.Postcode).HasMaxLength(10);
        b.Property(s => s.HoursMin).HasPrecision(4, 1);
        b.Property(s => s.HoursMax).HasPrecision(4, 1);
    }
}
