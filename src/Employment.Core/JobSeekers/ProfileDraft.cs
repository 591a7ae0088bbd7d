namespace Employment.Core.JobSeekers;

/// <summary>A careers profile being added or changed over several pages, kept so nothing is lost between them.</summary>
public class ProfileDraft
{
    public Guid Id { get; set; }
    public Guid CoachId { get; set; }

    /// <summary>The profile being changed; null while adding a new person.</summary>
    public Guid? JobSeekerId { get; set; }

    /// <summary>The answers so far, as JSON.</summary>
    public required string Answers { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
