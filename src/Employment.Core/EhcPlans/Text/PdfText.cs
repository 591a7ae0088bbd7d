using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Employment.Core.EhcPlans.Text;

/// <summary>The lines of a text PDF, top to bottom per page; words far apart on one line become separate cells (tables).</summary>
public static partial class PdfText
{
    public static IReadOnlyList<PlanLine> Read(byte[] bytes)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF"u8) < 0)
        {
            throw new UnreadablePlanException("it is not a PDF, although its name says so: it may be damaged");
        }
        return ReadPdf(bytes);
    }

    private static IReadOnlyList<PlanLine> ReadPdf(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true });
            if (document.IsEncrypted)
            {
                throw Encrypted();
            }
            if (document.NumberOfPages > PlanFileLimits.MaxPdfPages)
            {
                throw new UnreadablePlanException($"it has {document.NumberOfPages} pages; plans longer than {PlanFileLimits.MaxPdfPages} pages are not read");
            }
            var pages = new List<List<PlanLine>>();
            var images = 0;
            foreach (var page in document.GetPages())
            {
                images += page.NumberOfImages;
                pages.Add(PageLines(page).ToList());
            }
            var lines = WithoutRunningHeaders(pages);
            if (lines.Sum(l => l.Text.Count(char.IsLetter)) < 20)
            {
                throw new UnreadablePlanException(images > 0
                    ? "it has no text, only images: it looks like a scanned plan. Ask for the Word version or a PDF saved from Word"
                    : "it has no text to read");
            }
            return lines;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Encrypted();
        }
        catch (Exception e) when (e is not UnreadablePlanException)
        {
            throw new UnreadablePlanException("it could not be opened as a PDF: it may be damaged");
        }
    }

    /// <summary>Drops headers and footers: the same text among the first or last two lines of two or more pages.</summary>
    private static List<PlanLine> WithoutRunningHeaders(List<List<PlanLine>> pages)
    {
        var edges = pages.SelectMany(p => p.Take(2).Concat(p.TakeLast(2)).Select(l => l.Text).Distinct())
            .GroupBy(t => t).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        var lines = new List<PlanLine>();
        foreach (var page in pages)
        {
            var kept = page.Where((l, i) => !(edges.Contains(l.Text) && (i < 2 || i >= page.Count - 2))).ToList();
            // A sentence that runs over the page break: the last line stops mid-sentence and the next page goes on in lower case.
            if (lines.Count > 0 && kept.Count > 0 && lines[^1] is { CellIndex: null, LooksLikeHeading: false } last
                && !".!?:".Contains(last.Text[^1]) && kept[0] is { CellIndex: null, LooksLikeHeading: false } first && char.IsLower(first.Text[0]))
            {
                lines[^1] = last with { Text = last.Text + " " + first.Text };
                kept.RemoveAt(0);
            }
            lines.AddRange(kept);
        }
        return lines;
    }

    private static UnreadablePlanException Encrypted() =>
        new("it is password-protected: save it without a password and try again");

    private static IEnumerable<PlanLine> PageLines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Math.Max(word.BoundingBox.Height, 4);
            var row = rows.LastOrDefault(r => Math.Abs(r[0].BoundingBox.Bottom - word.BoundingBox.Bottom) < height * 0.4);
            if (row is null)
            {
                rows.Add([word]);
            }
            else
            {
                row.Add(word);
            }
        }
        var lines = new List<(PlanLine Line, double Top, double Bottom, double Left)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Cells(rows[r].OrderBy(w => w.BoundingBox.Left).ToList());
            if (cells.Count > 1 && (r < 2 || r >= rows.Count - 2) && cells.Any(c => PageNumber().IsMatch(Text(c))))
            {
                continue;
            }
            for (var i = 0; i < cells.Count; i++)
            {
                var text = Text(cells[i]);
                if (PageNumber().IsMatch(text))
                {
                    continue;
                }
                var bold = cells[i].SelectMany(w => w.Letters).Where(l => char.IsLetter(l.Value, 0))
                    .All(l => IsBold(l.FontName));
                var size = cells[i].SelectMany(w => w.Letters).Select(l => l.PointSize).DefaultIfEmpty(0).Average();
                var line = new PlanLine(text, 0, bold || PlanTextCleaner.IsCapitals(text) || size >= 14,
                    cells.Count > 1 ? i : null, cells.Count > 1 && i == 0);
                var top = cells[i].Max(w => w.BoundingBox.Top);
                var bottom = cells[i].Min(w => w.BoundingBox.Bottom);
                var left = cells[i].Min(w => w.BoundingBox.Left);
                if (lines.Count > 0 && Continues(lines[^1], line, top, left))
                {
                    var previous = lines[^1];
                    lines[^1] = (previous.Line with { Text = previous.Line.Text + " " + text }, previous.Top, bottom, previous.Left);
                }
                else
                {
                    lines.Add((line, top, bottom, left));
                }
            }
        }
        return lines.Select(l => l.Line);
    }

    /// <summary>A wrapped line of the same paragraph: plain text right below plain text, not a new bullet or number.</summary>
    private static bool Continues((PlanLine Line, double Top, double Bottom, double Left) previous, PlanLine line, double top, double left) =>
        previous.Line.CellIndex is null && line.CellIndex is null && !previous.Line.LooksLikeHeading && !line.LooksLikeHeading
        && previous.Bottom - top < (previous.Top - previous.Bottom) * 0.9 && left >= previous.Left - 2
        && !ListStart().IsMatch(line.Text) && !previous.Line.Text.EndsWith(':')
        && !LabelledLine().IsMatch(line.Text) && !(LabelledLine().IsMatch(previous.Line.Text) && char.IsUpper(line.Text[0]));

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z][^:.!?]{1,45}:\s")]
    private static partial System.Text.RegularExpressions.Regex LabelledLine();

    private static string Text(List<Word> words) => PlanTextCleaner.Clean(string.Join(' ', words.Select(w => w.Text)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^page \d+( of \d+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PageNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"^([•●▪◦*\-–]|\d{1,2}[.)]|\(?[a-z]\))\s")]
    private static partial System.Text.RegularExpressions.Regex ListStart();

    private static List<List<Word>> Cells(List<Word> row)
    {
        var cells = new List<List<Word>> { new() { row[0] } };
        for (var i = 1; i < row.Count; i++)
        {
            var gap = row[i].BoundingBox.Left - row[i - 1].BoundingBox.Right;
            var size = Math.Max(row[i].BoundingBox.Height, 6);
            if (gap > size * 2.5)
            {
                cells.Add([]);
            }
            cells[^1].Add(row[i]);
        }
        return cells;
    }

    private static bool IsBold(string? font) =>
        font is not null && (font.Contains("Bold", StringComparison.OrdinalIgnoreCase) || font.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || font.Contains("Heavy", StringComparison.OrdinalIgnoreCase) || font.Contains("Semibold", StringComparison.OrdinalIgnoreCase));
}
