using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Employment.Core.EhcPlans.Text;

/// <summary>The lines of a Word document in reading order: paragraphs and table cells, with heading styles and bold marked.</summary>
public static class DocxText
{
    private static readonly byte[] EncryptedOfficeSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static IReadOnlyList<PlanLine> Read(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(EncryptedOfficeSignature))
        {
            throw new UnreadablePlanException("it is password-protected (or an old .doc file): save it as a .docx without a password and try again");
        }
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw new UnreadablePlanException("it is not a Word document (.docx), although its name says so: it may be damaged");
        }
        CheckExpandedSize(bytes);
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false,
                new OpenSettings { MaxCharactersInPart = PlanFileLimits.MaxExpandedBytes / 2 });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnreadablePlanException("it has no document text: it may be damaged or not a Word document");
            var headingLevels = HeadingStyles(document.MainDocumentPart!);
            var lines = new List<PlanLine>();
            foreach (var element in body.ChildElements)
            {
                Add(element, headingLevels, lines);
            }
            return lines;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FormatException or InvalidOperationException)
        {
            throw new UnreadablePlanException("it could not be opened as a Word document: it may be damaged");
        }
    }

    private static void CheckExpandedSize(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > PlanFileLimits.MaxExpandedBytes)
                {
                    throw TooBig();
                }
                using var part = entry.Open();
                int read;
                while ((read = part.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > PlanFileLimits.MaxExpandedBytes)
                    {
                        throw TooBig();
                    }
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new UnreadablePlanException("it could not be opened as a Word document: the file is damaged");
        }
    }

    private static UnreadablePlanException TooBig() =>
        new($"its contents expand to more than {PlanFileLimits.Megabytes(PlanFileLimits.MaxExpandedBytes)}, far more than any plan: it may be a hostile file and was not read");

    private static Dictionary<string, int> HeadingStyles(MainDocumentPart main)
    {
        var levels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            var id = style.StyleId?.Value;
            if (id is null)
            {
                continue;
            }
            var name = style.StyleName?.Val?.Value ?? id;
            var level = HeadingLevel(id) ?? HeadingLevel(name) ?? OutlineLevel(style);
            if (level is { } l)
            {
                levels[id] = l;
            }
        }
        return levels;
    }

    private static int? OutlineLevel(Style style) =>
        style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level && level < 9 ? level + 1 : null;

    private static int? HeadingLevel(string styleName)
    {
        var name = styleName.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (name is "title" or "subtitle")
        {
            return 1;
        }
        return name.StartsWith("heading", StringComparison.Ordinal) && int.TryParse(name.AsSpan(7), out var level) ? level : null;
    }

    private static void Add(OpenXmlElement element, Dictionary<string, int> headingLevels, List<PlanLine> lines, int? cell = null, bool rowStart = false)
    {
        switch (element)
        {
            case Paragraph paragraph:
                var line = Line(paragraph, headingLevels, cell, rowStart);
                if (line is not null)
                {
                    lines.Add(line);
                }
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                {
                    var index = 0;
                    var cells = row.Elements<TableCell>().ToList();
                    foreach (var tableCell in cells)
                    {
                        var first = true;
                        foreach (var child in tableCell.ChildElements)
                        {
                            var before = lines.Count;
                            // A one-cell row is a boxed paragraph, not a table row with a label.
                            Add(child, headingLevels, lines, cells.Count > 1 ? index : null, rowStart: cells.Count > 1 && first && index == 0);
                            first &= lines.Count == before;
                        }
                        index++;
                    }
                }
                break;
            case SdtBlock block:
                foreach (var child in block.SdtContentBlock?.ChildElements ?? [])
                {
                    Add(child, headingLevels, lines, cell, rowStart);
                }
                break;
        }
    }

    private static PlanLine? Line(Paragraph paragraph, Dictionary<string, int> headingLevels, int? cell, bool rowStart)
    {
        var text = new StringBuilder();
        var allBold = true;
        var anyText = false;
        var paragraphBold = paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Bold>() is { } pb && pb.Val?.Value != false;
        foreach (var run in paragraph.Descendants<Run>())
        {
            var runText = new StringBuilder();
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t: runText.Append(t.Text); break;
                    case TabChar: runText.Append(' '); break;
                    case Break: runText.Append(' '); break;
                }
            }
            if (runText.Length == 0)
            {
                continue;
            }
            text.Append(runText);
            if (!string.IsNullOrWhiteSpace(runText.ToString()))
            {
                anyText = true;
                var bold = run.RunProperties?.Bold is { } b ? b.Val?.Value != false : paragraphBold;
                allBold &= bold;
            }
        }
        if (!anyText)
        {
            return null;
        }
        var clean = PlanTextCleaner.Clean(text.ToString());
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var level = styleId is not null && headingLevels.TryGetValue(styleId, out var l) ? l : 0;
        if (level == 0 && paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            level = outline + 1;
        }
        return new PlanLine(clean, level, allBold || PlanTextCleaner.IsCapitals(clean), cell, rowStart);
    }
}
