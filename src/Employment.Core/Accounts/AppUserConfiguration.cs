using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Accounts;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.DisabledReason).HasMaxLength(500);
        b.HasOne(u => u.LocalAuthority).WithMany().HasForeignKey(u => u.LocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(u => u.College).WithMany().HasForeignKey(u => u.CollegeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(u => u.Employer).WithMany().HasForeignKey(u => u.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}
