namespace Employment.Core.Internships;

public enum InternNoteKind
{
    Attendance,
    Progress,
}

/// <summary>
/// The job coach's note on an intern's attendance or progress, which the college partner also reads. Its words may be
/// special category data: audited, in subject access, removed by erasure.
/// </summary>
public class InternNote
{
    public Guid Id { get; set; }

    public Guid InternId { get; set; }
    public Intern? Intern { get; set; }

    public InternNoteKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }

    /// <summary>Null once the person's identifying data is erased.</summary>
    public string? Text { get; set; }

    public Guid? RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
