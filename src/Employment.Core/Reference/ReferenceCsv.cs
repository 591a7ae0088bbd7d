using Sylvan.Data.Csv;

namespace Employment.Core.Reference;

/// <summary>Reads the reference CSVs embedded from seed/reference (leading lines starting with # name the source).</summary>
public static class ReferenceCsv
{
    public static IReadOnlyList<Dictionary<string, string>> Read(string fileName)
    {
        using var stream = typeof(ReferenceCsv).Assembly.GetManifestResourceStream($"reference/{fileName}")
            ?? throw new InvalidOperationException($"Reference file {fileName} is not embedded in Employment.Core.");
        using var text = new StreamReader(stream);
        while (text.Peek() == '#')
        {
            text.ReadLine();
        }
        using var csv = CsvDataReader.Create(text);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < csv.FieldCount; i++)
            {
                row[csv.GetName(i)] = csv.GetString(i).Trim();
            }
            rows.Add(row);
        }
        return rows;
    }
}
