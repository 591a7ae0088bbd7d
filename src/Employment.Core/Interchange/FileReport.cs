namespace Employment.Core.Interchange;

/// <summary>Counts for one file of an import. Rows are new, changed or unchanged only once loaded.</summary>
public sealed class FileReport
{
    public required string File { get; init; }
    public bool Present { get; set; }
    public long Read { get; set; }
    public long Added { get; set; }
    public long Changed { get; set; }
    public long Unchanged { get; set; }
    public long Bad { get; set; }

    /// <summary>Good rows left out because a row they depend on was bad (only with good rows only).</summary>
    public long Skipped { get; set; }

    public long Loaded => Added + Changed + Unchanged;
}
