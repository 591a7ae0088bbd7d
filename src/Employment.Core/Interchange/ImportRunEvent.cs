namespace Employment.Core.Interchange;

/// <summary>One thing that happened to an import run (queued, started, interrupted, run again, finished): its page lists them all.</summary>
public class ImportRunEvent
{
    public long Id { get; set; }
    public Guid RunId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string What { get; set; }
}
