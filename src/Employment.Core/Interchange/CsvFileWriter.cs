using System.Data;
using System.Text;
using Sylvan.Data.Csv;

namespace Employment.Core.Interchange;

/// <summary>
/// Writes one interchange file with Sylvan (decision 0007): UTF-8 without a byte order mark, a header row, CRLF line ends
/// as RFC 4180 has them, and quotes only round a cell holding a comma, a quote or a line break.
/// </summary>
internal static class CsvFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // No comment character: a cell starting with # is ordinary text, written as it is.
    private static readonly CsvDataWriterOptions Options = new() { Delimiter = ',', Quote = '"', NewLine = "\r\n", Comment = '\0' };

    public static async Task WriteAsync(string path, IReadOnlyList<string> header, IEnumerable<string?[]> rows, CancellationToken ct)
    {
        using var table = new DataTable();
        foreach (var column in header)
        {
            table.Columns.Add(column, typeof(string));
        }
        table.BeginLoadData();
        foreach (var cells in rows)
        {
            ct.ThrowIfCancellationRequested();
            table.Rows.Add(cells);
        }
        table.EndLoadData();

        await using var writer = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16);
        await using var csv = CsvDataWriter.Create(writer, Options);
        await using var reader = table.CreateDataReader();
        await csv.WriteAsync(reader, ct);
    }
}
