using System.IO.Compression;
using System.Text;

namespace Employment.Core.Statistics.Publishing;

/// <summary>
/// The whole period's published tables as a zip a council can put on its website as it is: a README, one CSV per
/// table (each opening with its "about" rows) and nothing that is not already on the dashboard, suppressed and rounded.
/// </summary>
public static class OpenDataPackage
{
    public static byte[] Zip(Publication publication, IEnumerable<StatisticsTable> tables)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var list = tables.ToList();
            Add(zip, "README.txt", Encoding.UTF8.GetBytes(Readme(publication, list)), publication.WorkedOutAt);
            foreach (var table in list)
            {
                Add(zip, table.Key + ".csv", publication.CsvBytes(table), publication.WorkedOutAt);
            }
        }
        return buffer.ToArray();
    }

    public static string Readme(Publication publication, IReadOnlyList<StatisticsTable> tables)
    {
        var text = new StringBuilder();
        text.Append("Supported employment outcome statistics: open data\r\n\r\n");
        foreach (var row in publication.AboutRows(null))
        {
            text.Append(row[0]).Append(": ").Append(row[1]).Append("\r\n");
        }
        text.Append("\r\nEvery figure here is as published on the adviser dashboard, already rounded and suppressed, so this package\r\n")
            .Append("can be published as it is. Each CSV file starts with rows describing what it covers, then a blank line, then the table.\r\n")
            .Append("Definitions of every measure: the \"Definitions\" page of the adviser dashboard.\r\n\r\nFiles:\r\n");
        foreach (var table in tables)
        {
            text.Append(table.Key).Append(".csv: ").Append(table.Caption).Append("\r\n");
        }
        return text.ToString();
    }

    private static void Add(ZipArchive zip, string name, byte[] content, DateTimeOffset at)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
