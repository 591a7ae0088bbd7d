namespace Employment.Core.Email;

/// <summary>Which emails go first when several are waiting: a person waiting on a link before a routine summary.</summary>
public enum OutboxPriority : short
{
    /// <summary>Someone is waiting on it now: an invitation, a password reset.</summary>
    Prompt = 0,

    /// <summary>Sent in bulk by a scheduled job: digests, summaries, reminders.</summary>
    Routine = 1,
}

public enum OutboxStatus
{
    Queued,
    Sending,
    Sent,
    Failed,
}

/// <summary>
/// An email waiting to go, or gone. It is written in the same SaveChanges as the event that causes it, so an
/// email is never promised without the event nor the event recorded without its email.
/// </summary>
public class OutboxEmail
{
    public Guid Id { get; set; }

    /// <summary>Recipient + reason + date (or event): unique, so a job run twice cannot queue the same email twice.</summary>
    public required string DedupeKey { get; set; }

    public required string ToAddress { get; set; }
    public required string ToName { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public required string HtmlBody { get; set; }

    /// <summary>Fixed when queued, so a resend after an unconfirmed attempt carries the same Message-ID.</summary>
    public required string MessageId { get; set; }

    public OutboxPriority Priority { get; set; }

    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
