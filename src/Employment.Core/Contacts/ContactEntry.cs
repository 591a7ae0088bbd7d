using Employment.Core.JobSeekers;
using Employment.Core.Placements;

namespace Employment.Core.Contacts;

public enum ContactKind
{
    CaseNote,
    HomeVisit,
    WorkVisit,
    PhoneCall,
    Message,
    MeetingWithPerson,
    MeetingWithEmployer,
    Other,
}

public enum ContactOutcome
{
    Reached,
    CouldNotReach,
}

/// <summary>
/// One line of a person's contact log: a case note, or a contact of any kind and whether it reached them, dated the day
/// it happened. Its words are special category data: audited, in subject access, removed by erasure.
/// </summary>
public class ContactEntry
{
    public Guid Id { get; set; }

    public Guid JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    /// <summary>The placement it was about, if any.</summary>
    public Guid? PlacementId { get; set; }
    public Placement? Placement { get; set; }

    /// <summary>The follow-up this contact completed, if it answered one.</summary>
    public Guid? FollowUpId { get; set; }
    public FollowUp? FollowUp { get; set; }

    public ContactKind Kind { get; set; }

    /// <summary>Null for a case note (no contact was attempted).</summary>
    public ContactOutcome? Outcome { get; set; }

    public DateOnly OccurredOn { get; set; }

    /// <summary>What happened, in the coach's words; null once the person's identifying data is erased.</summary>
    public string? Text { get; set; }

    public Guid? RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
