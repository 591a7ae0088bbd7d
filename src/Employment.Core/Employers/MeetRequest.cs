using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Employers;

/// <summary>
/// An employer's "I'd like to meet" for a person suggested for one of its opportunities: a request to the person's
/// coach, who decides with the person whether to propose them. One per person and opportunity, however often it is asked.
/// </summary>
public class MeetRequest
{
    public Guid Id { get; set; }

    public Guid JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    public Guid OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }

    public Guid? RequestedById { get; set; }
    public AppUser? RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }
}

internal sealed class MeetRequestConfiguration : IEntityTypeConfiguration<MeetRequest>
{
    public void Configure(EntityTypeBuilder<MeetRequest> b)
    {
        b.ToTable("meet_requests");
        b.HasOne(r => r.JobSeeker).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Opportunity).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.RequestedBy).WithMany().OnDelete(DeleteBehavior.SetNull);
        // A double click, or two colleagues at once, make one request: the database keeps the first.
        b.HasIndex(r => new { r.JobSeekerId, r.OpportunityId }).IsUnique();
        b.HasIndex(r => r.RequestedAt);
    }
}
