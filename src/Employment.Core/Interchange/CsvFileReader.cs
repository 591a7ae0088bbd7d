using System.Text;
using Sylvan.Data.Csv;

namespace Employment.Core.Interchange;

/// <summary>
/// Reads one interchange file with Sylvan: strict UTF-8 (bad bytes are reported by line), RFC 4180
/// quoting, one header row, columns in any order, unknown columns ignored. Sylvan counts records, not
/// lines, so the physical line of each row is counted here from its raw text.
/// </summary>
internal sealed class CsvFileReader(string path, string file, IProgress<ImportProgress>? progress)
{
    private const int ProgressEvery = 10_000;

    public long RowsRead { get; private set; }

    /// <summary>Reads every row, calling <paramref name="row"/> for each good one; returns false when the file could not be read at all.</summary>
    public bool Read(IReadOnlyList<string> required, List<ImportError> errors, Action<CsvRecord> row)
    {
        var total = new FileInfo(path).Length;
        using var bytes = new Utf8CheckingStream(File.OpenRead(path));
        using var text = new StreamReader(bytes, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Quote = '"', MaxBufferSize = MostRowBytes });
        }
        catch (CsvRecordTooLargeException)
        {
            errors.Add(new ImportError(file, 1, null, TooLong("the header row or the first row")));
            return false;
        }
        catch (CsvMissingHeadersException)
        {
            errors.Add(new ImportError(file, null, null, "the file is empty: it needs a header row naming its columns"));
            return false;
        }
        catch (CsvFormatException)
        {
            errors.Add(new ImportError(file, 1, null, "the header row could not be read: a quoted column name has no closing quote"));
            return false;
        }
        using (csv)
        {
            if (bytes.InvalidLines.TryPeek(out var first) && first == 1)
            {
                errors.Add(new ImportError(file, 1, null, "the header row has characters that are not UTF-8: save the file as UTF-8"));
                return false;
            }
            var ordinals = Headers(csv, required, errors);
            if (ordinals is null)
            {
                return false;
            }
            var record = new CsvRecord(csv, ordinals);
            var line = 2;
            try
            {
                while (csv.Read())
                {
                    var raw = csv.GetRawRecordSpan();
                    record.Line = line;
                    line += raw.Count('\n');
                    var endLine = raw.EndsWith("\n") ? line - 1 : line;
                    if (csv.RowFieldCount == 1 && raw.Trim().IsEmpty)
                    {
                        continue;
                    }
                    RowsRead++;
                    if (RowsRead % ProgressEvery == 0)
                    {
                        progress?.Report(new ImportProgress(ImportProgress.Reading, file, RowsRead, bytes.BytesRead, total));
                    }
                    if (HasInvalidBytes(bytes, record.Line, endLine))
                    {
                        var column = record.ColumnWithReplacementCharacter();
                        errors.Add(new ImportError(file, record.Line, column, "has characters that are not UTF-8: save the file as UTF-8"));
                        continue;
                    }
                    if (csv.RowFieldCount != csv.FieldCount)
                    {
                        errors.Add(new ImportError(file, record.Line, null, $"the row has {csv.RowFieldCount} values but the header row has {csv.FieldCount} columns"));
                        continue;
                    }
                    row(record);
                }
            }
            catch (CsvRecordTooLargeException)
            {
                RowsRead++;
                errors.Add(new ImportError(file, line, null, TooLong("the row starting on this line")));
                return false;
            }
            catch (CsvFormatException)
            {
                RowsRead++;
                errors.Add(new ImportError(file, line, null, "a quoted value starts on this line and its closing quote is missing, so the rest of the file could not be read"));
                return false;
            }
            progress?.Report(new ImportProgress(ImportProgress.Reading, file, RowsRead, total, total));
            return true;
        }
    }

    /// <summary>The most one row may hold: Sylvan's buffer, set above.</summary>
    public const int MostRowBytes = 1 << 20;

    private static string TooLong(string row) =>
        $"{row} is longer than 1 MB, the most one row may hold, so the rest of the file could not be read (if a quoted value on it has no closing quote, add one)";

    private Dictionary<string, int>? Headers(CsvDataReader csv, IReadOnlyList<string> required, List<ImportError> errors)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var name = csv.GetName(i).Trim().TrimStart('\uFEFF').ToLowerInvariant();
            if (name.Length == 0)
            {
                continue;
            }
            if (!ordinals.TryAdd(name, i))
            {
                errors.Add(new ImportError(file, 1, name, "the header row names this column twice"));
                ok = false;
            }
        }
        foreach (var column in required.Where(c => !ordinals.ContainsKey(c)))
        {
            errors.Add(new ImportError(file, 1, column, $"the required column {column} is missing from the header row"));
            ok = false;
        }
        return ok ? ordinals : null;
    }

    private static bool HasInvalidBytes(Utf8CheckingStream bytes, int startLine, int endLine)
    {
        var found = false;
        while (bytes.InvalidLines.TryPeek(out var bad) && bad <= endLine)
        {
            bytes.InvalidLines.Dequeue();
            found |= bad >= startLine;
        }
        return found;
    }
}
