namespace Employment.Core.Audit;

/// <summary>Who viewed or changed a person's record, and when.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }

    /// <summary>What happened: viewed, created, changed, consent_given, consent_withdrawn, exported, erased, imported.</summary>
    public required string Action { get; set; }

    public Guid JobSeekerId { get; set; }

    /// <summary>What was looked at or changed, in a few words; never the personal data itself.</summary>
    public string? Detail { get; set; }
}
