using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;

namespace Employment.Core.Placements;

/// <summary>A job seeker put forward for an opportunity, and everything that happened after.</summary>
public class Placement
{
    public Guid Id { get; set; }

    public Guid JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    public Guid OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }

    /// <summary>The latest event, kept beside the history so lists need not replay it.</summary>
    public PlacementEventType Stage { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>: a step saved against a placement someone changed meanwhile is refused, not added twice.</summary>
    public uint Version { get; set; }

    public List<PlacementEvent> Events { get; set; } = [];
    public List<FollowUp> FollowUps { get; set; } = [];
}
