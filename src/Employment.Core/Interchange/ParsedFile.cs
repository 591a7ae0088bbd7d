namespace Employment.Core.Interchange;

/// <summary>The good rows of one file, and the line of every id seen (good or bad) so later checks can tell "bad" from "unknown".</summary>
internal sealed class ParsedFile<TRow>
{
    public List<TRow> Rows { get; } = [];
    public Dictionary<string, int> IdLines { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids whose row was bad, with that row's line.</summary>
    public Dictionary<string, int> BadIds { get; } = new(StringComparer.Ordinal);

    /// <summary>False when the file could not be read at all (missing column, quote left open, empty).</summary>
    public bool Readable { get; set; } = true;
}
