using Employment.Core.JobSeekers;

namespace Employment.Core.AccessToWork;

/// <summary>What a person asked Access to Work to pay for; an application may ask for several.</summary>
[Flags]
public enum AccessToWorkSupport
{
    None = 0,
    JobCoachHours = 1,
    Travel = 2,
    Equipment = 4,
    CommunicationSupport = 8,
}

public enum AccessToWorkDecision
{
    Awarded,
    Refused,
}

/// <summary>
/// One application to Access to Work (DWP's grant for support at work beyond the employer's duty) and, once DWP has
/// decided, its decision and award. A renewal is a new application. Special category data: audited, in subject access,
/// removed by erasure.
/// </summary>
public class AccessToWorkApplication
{
    public Guid Id { get; set; }

    public Guid JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    public DateOnly AppliedOn { get; set; }
    public AccessToWorkSupport Support { get; set; }

    /// <summary>Null while the person waits for DWP's decision.</summary>
    public AccessToWorkDecision? Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }

    public DateOnly? AwardFrom { get; set; }
    public DateOnly? AwardTo { get; set; }

    /// <summary>The whole award in pounds, for all it pays for over its dates.</summary>
    public decimal? AwardAmount { get; set; }

    /// <summary>Job coach hours a week the award pays for; null when it pays for no job coach.</summary>
    public decimal? JobCoachHoursPerWeek { get; set; }

    /// <summary>The day to apply again by; the coach is reminded 8 weeks before.</summary>
    public DateOnly? RenewalDueOn { get; set; }

    public Guid RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>: two coaches recording the decision at once cannot both succeed.</summary>
    public uint Version { get; set; }

    public bool IsAwaitingDecision => Decision is null;
}

public static class AccessToWorkSupports
{
    public static readonly IReadOnlyList<AccessToWorkSupport> All =
        [AccessToWorkSupport.JobCoachHours, AccessToWorkSupport.Travel, AccessToWorkSupport.Equipment, AccessToWorkSupport.CommunicationSupport];

    public static string Label(this AccessToWorkSupport support) => support switch
    {
        AccessToWorkSupport.JobCoachHours => "Job coach hours",
        AccessToWorkSupport.Travel => "Travel to and from work",
        AccessToWorkSupport.Equipment => "Equipment or adaptations",
        AccessToWorkSupport.CommunicationSupport => "Communication support",
        _ => support.ToString(),
    };

    /// <summary>Each kind of support asked for, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<AccessToWorkSupport> Parts(this AccessToWorkSupport support) => All.Where(s => support.HasFlag(s)).ToList();

    public static string Describe(this AccessToWorkSupport support) => string.Join(", ", support.Parts().Select(Label));
}
