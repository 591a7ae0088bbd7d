namespace Employment.Core.Interchange;

/// <summary>One import of an interchange dataset, with its progress and its report.</summary>
public class ImportRun
{
    public Guid Id { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public Guid? StartedById { get; set; }
    public required string Source { get; set; }
    public bool GoodRowsOnly { get; set; }

    /// <summary>queued, running, loaded, refused (errors and nothing loaded) or failed.</summary>
    public required string Status { get; set; }

    public long RowsRead { get; set; }
    public long RowsLoaded { get; set; }
    public int ErrorCount { get; set; }

    /// <summary>The full report as JSON: counts per file and every bad row.</summary>
    public string? Report { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
