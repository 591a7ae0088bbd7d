using Employment.Core.Employers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Opportunities;

internal sealed class OpportunityDraftConfiguration : IEntityTypeConfiguration<OpportunityDraft>
{
    public void Configure(EntityTypeBuilder<OpportunityDraft> b)
    {
        b.Property(d => d.Answers).HasColumnType("jsonb");
        b.HasOne<Employer>().WithMany().HasForeignKey(d => d.EmployerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Opportunity>().WithMany().HasForeignKey(d => d.PostedOpportunityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => d.EmployerId);
        // One draft becomes at most one opportunity (decision 0067).
        b.HasIndex(d => d.PostedOpportunityId).IsUnique();
    }
}
