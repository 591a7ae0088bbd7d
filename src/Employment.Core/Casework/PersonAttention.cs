namespace Employment.Core.Casework;

/// <summary>What needs attention for one person, worked out in the database by <see cref="NeedsAttention"/>.</summary>
public sealed class PersonAttention
{
    public Guid JobSeekerId { get; init; }
    public int OverdueFollowUps { get; init; }
    public int FollowUpsDueSoon { get; init; }
    public int JobsAtRisk { get; init; }

    /// <summary>Paid jobs whose employer said the person left, not yet confirmed by the coach.</summary>
    public bool EmployerSaysLeft { get; init; }

    /// <summary>Started jobs nobody has confirmed for <see cref="Placements.UnconfirmedJobs.WeeksPastMilestone"/> weeks past a milestone.</summary>
    public int JobsUnconfirmed { get; init; }
    public bool NoConsent { get; init; }
    public bool NoContact { get; init; }
    public bool ReviewDue { get; init; }

    /// <summary>The last time anyone was in touch with the person, when there was one.</summary>
    public DateOnly? LastContactOn { get; init; }

    public IReadOnlyList<AttentionReason> Reasons =>
    [
        .. OverdueFollowUps > 0 ? [AttentionReason.FollowUpOverdue] : Array.Empty<AttentionReason>(),
        .. EmployerSaysLeft ? [AttentionReason.EmployerSaysLeft] : Array.Empty<AttentionReason>(),
        .. JobsAtRisk > 0 ? [AttentionReason.JobAtRisk] : Array.Empty<AttentionReason>(),
        .. JobsUnconfirmed > 0 ? [AttentionReason.JobUnconfirmed] : Array.Empty<AttentionReason>(),
        .. FollowUpsDueSoon > 0 ? [AttentionReason.FollowUpDueSoon] : Array.Empty<AttentionReason>(),
        .. NoContact ? [AttentionReason.NoContact] : Array.Empty<AttentionReason>(),
        .. ReviewDue ? [AttentionReason.ReviewDue] : Array.Empty<AttentionReason>(),
        .. NoConsent ? [AttentionReason.NoConsent] : Array.Empty<AttentionReason>(),
    ];

    public bool Any => Reasons.Count > 0;

    public static PersonAttention Nothing(Guid jobSeekerId) => new() { JobSeekerId = jobSeekerId };
}

/// <summary>How many people need attention, in all and for each reason; one person may count under several reasons.</summary>
public sealed record AttentionTotals(int People, int FollowUpOverdue, int EmployerSaysLeft, int JobAtRisk, int JobUnconfirmed, int FollowUpDueSoon, int NoContact, int ReviewDue, int NoConsent)
{
    public static readonly AttentionTotals None = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public int For(AttentionReason reason) => reason switch
    {
        AttentionReason.FollowUpOverdue => FollowUpOverdue,
        AttentionReason.EmployerSaysLeft => EmployerSaysLeft,
        AttentionReason.JobAtRisk => JobAtRisk,
        AttentionReason.JobUnconfirmed => JobUnconfirmed,
        AttentionReason.FollowUpDueSoon => FollowUpDueSoon,
        AttentionReason.NoContact => NoContact,
        AttentionReason.ReviewDue => ReviewDue,
        AttentionReason.NoConsent => NoConsent,
        _ => 0,
    };

    /// <summary>The reasons anyone has, with how many people have each, in the order of <see cref="AttentionReason"/>.</summary>
    public IReadOnlyList<(AttentionReason Reason, int People)> ByReason =>
        Enum.GetValues<AttentionReason>().Select(r => (r, For(r))).Where(r => r.Item2 > 0).ToList();
}
