using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Placements;

internal sealed class FollowUpPlanConfiguration : IEntityTypeConfiguration<FollowUpPlan>
{
    public void Configure(EntityTypeBuilder<FollowUpPlan> b)
    {
        // No DbSet on the context (reached through Set<FollowUpPlan>()), so the table is named here like the others.
        b.ToTable("follow_up_plans");
        b.HasOne(p => p.LocalAuthority).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => p.LocalAuthorityId).IsUnique();
    }
}
