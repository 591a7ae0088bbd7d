using System.Text;
using Sylvan.Data.Csv;

namespace Employment.Core.Interchange;

/// <summary>
/// Every CSV the service writes goes through here and Sylvan (decision 0007): a header row, CRLF line ends as RFC 4180
/// has them, and quotes only round a cell holding a comma, a quote or a line break. Rows are streamed, never held twice.
/// </summary>
public static class CsvFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // No comment character: a cell starting with # is ordinary text, written as it is.
    private static readonly CsvDataWriterOptions Options = new() { Delimiter = ',', Quote = '"', NewLine = "\r\n", Comment = '\0' };

    /// <summary>A UTF-8 file without a byte order mark.</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<string> header, IEnumerable<string?[]> rows, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16);
        await WriteAsync(writer, header, rows, ct);
    }

    private static async Task WriteAsync(TextWriter writer, IReadOnlyList<string> header, IEnumerable<string?[]> rows, CancellationToken ct = default)
    {
        await using var csv = CsvDataWriter.Create(writer, Options);
        await using var reader = new TextRowsReader(header, rows);
        await csv.WriteAsync(reader, ct);
    }

    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using var writer = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16);
        Write(writer, header, rows);
    }

    public static string ToText(IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using var writer = new StringWriter();
        Write(writer, header, rows);
        return writer.ToString();
    }

    private static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using var csv = CsvDataWriter.Create(writer, Options);
        using var reader = new TextRowsReader(header, rows);
        csv.Write(reader);
    }
}
