using Sylvan.Data.Csv;

namespace Employment.Core.Interchange;

/// <summary>One row of an interchange file, with its line number, read by column name.</summary>
internal sealed class CsvRecord(CsvDataReader reader, IReadOnlyDictionary<string, int> ordinals)
{
    public int Line { get; internal set; }

    /// <summary>The cell, trimmed; empty when the column is absent (a missing optional column means empty).</summary>
    public string Get(string column) =>
        ordinals.TryGetValue(column, out var ordinal) && ordinal < reader.RowFieldCount ? reader.GetString(ordinal).Trim() : "";

    /// <summary>The first column whose text shows bytes that were not UTF-8 (decoded as U+FFFD).</summary>
    public string? ColumnWithReplacementCharacter()
    {
        foreach (var (name, ordinal) in ordinals)
        {
            if (ordinal < reader.RowFieldCount && reader.GetFieldSpan(ordinal).Contains('\uFFFD'))
            {
                return name;
            }
        }
        return null;
    }
}
