namespace Employment.Core.Interchange;

/// <summary>One import of an interchange dataset, with its progress and its report.</summary>
public class ImportRun
{
    public Guid Id { get; set; }

    /// <summary>When the run was first queued or started; never changed afterwards (its <see cref="History"/> says what followed).</summary>
    public DateTimeOffset StartedAt { get; set; }
    public Guid? StartedById { get; set; }
    public required string Source { get; set; }
    public bool GoodRowsOnly { get; set; }

    /// <summary>queued, running, loaded, refused (errors and nothing loaded), failed or interrupted (its job stopped before it finished).</summary>
    public required string Status { get; set; }

    public long RowsRead { get; set; }
    public long RowsLoaded { get; set; }
    public int ErrorCount { get; set; }

    /// <summary>The full report as JSON: counts per file and every bad row.</summary>
    public string? Report { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The background job that runs it, when it runs as one; checked for being alive (decision 0053).</summary>
    public string? JobId { get; set; }

    public DateTimeOffset? InterruptedAt { get; set; }
    public string? InterruptedReason { get; set; }

    public List<ImportRunEvent> History { get; set; } = [];
}
