namespace Employment.Core.JobSeekers;

/// <summary>What the person said about sharing with employers.</summary>
public enum ConsentDecision
{
    Agreed,
    NotAgreed,
    Withdrawn,
}

/// <summary>Each time a person agreed, did not agree or withdrew their consent to share with employers, and how it was explained.</summary>
public class ConsentRecord
{
    public long Id { get; set; }

    public Guid JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    public ConsentDecision Decision { get; set; }

    /// <summary>True only for <see cref="ConsentDecision.Agreed"/>: kept so the table reads plainly (and the import writes it).</summary>
    public bool Given { get; set; }

    /// <summary>The day the person said it, which may be before the day it was recorded.</summary>
    public DateOnly? DecidedOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedById { get; set; }
    public string? ExplainedHow { get; set; }
}

public static class ConsentDecisions
{
    public static string Label(this ConsentDecision decision) => decision switch
    {
        ConsentDecision.Agreed => "Agreed",
        ConsentDecision.NotAgreed => "Did not agree",
        ConsentDecision.Withdrawn => "Withdrew consent",
        _ => decision.ToString(),
    };
}
