namespace Employment.Core.Placements;

public enum FollowUpKind
{
    CoachCheckIn,
    Milestone13Weeks,
    Milestone26Weeks,
    Milestone52Weeks,
    PlanMoveIntoPaidWork,
}

/// <summary>Something a job coach or employer is due to do for a placement that has started.</summary>
public class FollowUp
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }
    public Placement? Placement { get; set; }

    public FollowUpKind Kind { get; set; }
    public DateOnly DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }
    public Guid? CompletedById { get; set; }
    public string? Notes { get; set; }
    public decimal? SupportHours { get; set; }
    public bool? RiskToJob { get; set; }

    /// <summary>What puts the job at risk, when <see cref="RiskToJob"/> is yes.</summary>
    public string? RiskDetails { get; set; }

    /// <summary>Closed without being done because the placement ended before it was due; kept so the history shows it.</summary>
    public bool NotNeeded { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>: two people completing the same follow-up at once cannot both succeed.</summary>
    public uint Version { get; set; }

    public bool IsOpen => CompletedOn is null && !NotNeeded;
}
