using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Employment.Tests.EhcPlans.Generated;

/// <summary>Lays a <see cref="PlanScript"/> out as a file in one of four templates.</summary>
public static class PlanWriters
{
    public static (byte[] Bytes, string Extension) Write(PlanScript script, PlanLayout layout) => layout switch
    {
        PlanLayout.HeadingStyles => (Docx(body => HeadingStyles(script, body)), ".docx"),
        PlanLayout.Tables => (Docx(body => Tables(script, body)), ".docx"),
        PlanLayout.PlainParts => (Docx(body => PlainParts(script, body)), ".docx"),
        _ => (Pdf(script), ".pdf"),
    };

    public static byte[] Docx(Action<Body> write)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(HeadingStyle("Heading1", "heading 1", 0), HeadingStyle("Heading2", "heading 2", 1), HeadingStyle("Title", "Title", null));
            var body = new Body();
            write(body);
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Style HeadingStyle(string id, string name, int? outline)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (outline is { } level)
        {
            style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level }));
        }
        return style;
    }

    public static W.Paragraph Para(string text, bool bold = false, string? style = null)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.RunProperties = new RunProperties(new Bold());
        }
        var paragraph = new W.Paragraph(run);
        if (style is not null)
        {
            paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        }
        return paragraph;
    }

    private static W.Paragraph LabelValue(string label, string value)
    {
        var boldRun = new Run(new RunProperties(new Bold()), new Text(label + ": ") { Space = SpaceProcessingModeValues.Preserve });
        return new W.Paragraph(boldRun, new Run(new Text(value)));
    }

    private static string Heading(ScriptSection section, string pattern) =>
        section.Letter is null ? section.Title : string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, section.Letter, section.Title);

    private static void HeadingStyles(PlanScript script, Body body)
    {
        body.Append(Para("Education, Health and Care Plan", style: "Title"), Para(script.Council));
        body.Append(Para("Personal details", style: "Heading1"));
        foreach (var (label, value) in script.Details)
        {
            body.Append(LabelValue(label, value));
        }
        foreach (var section in script.Sections)
        {
            body.Append(Para(Heading(section, "Section {0}: {1}"), style: "Heading1"));
            foreach (var block in section.Blocks)
            {
                body.Append(block switch
                {
                    Subheading s => Para(s.Text, style: "Heading2"),
                    Bullet b => Para(b.Text),
                    Paragraph p => Para(p.Text),
                    AreaRow r => Para(r.Text),
                    _ => throw new InvalidOperationException(),
                });
            }
        }
    }

    private static void Tables(PlanScript script, Body body)
    {
        body.Append(Para(script.Council, bold: true), Para("Education, Health and Care (EHC) Plan", bold: true));
        body.Append(Table(script.Details.Select(d => new[] { Cell(d.Label, bold: true), Cell(d.Value) })));
        foreach (var section in script.Sections)
        {
            body.Append(Para(""));
            var rows = new List<TableCell[]> { new[] { Cell(section.Letter is null ? "" : section.Letter, bold: true), Cell(section.Title, bold: true) } };
            foreach (var block in section.Blocks)
            {
                rows.Add(block switch
                {
                    Subheading s => [Cell(s.Text, bold: true)],
                    Paragraph p => [Cell(p.Text)],
                    Bullet b => [Cell(b.Text)],
                    AreaRow r => [Cell(r.Area), Cell(r.Text), Cell(r.Steps.ToArray())],
                    _ => throw new InvalidOperationException(),
                });
            }
            body.Append(Table(rows));
        }
    }

    private static void PlainParts(PlanScript script, Body body)
    {
        body.Append(Para(script.Council.ToUpperInvariant()), Para("Education, Health and Care Plan"));
        foreach (var (label, value) in script.Details)
        {
            body.Append(Para($"{label}: {value}"));
        }
        foreach (var section in script.Sections)
        {
            body.Append(Para(Heading(section, "Part {0} – {1}")));
            foreach (var block in section.Blocks)
            {
                body.Append(block switch
                {
                    Subheading s => Para(s.Text),
                    Bullet b => Para("- " + b.Text),
                    Paragraph p => Para(p.Text),
                    AreaRow r => Para(r.Text),
                    _ => throw new InvalidOperationException(),
                });
            }
        }
    }

    private static TableCell Cell(string text, bool bold = false) => new(Para(text, bold));

    private static TableCell Cell(string[] paragraphs) => new(paragraphs.Select(p => Para(p)).ToArray());

    private static Table Table(IEnumerable<TableCell[]> rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single })));
        foreach (var cells in rows)
        {
            table.Append(new TableRow(cells));
        }
        return table;
    }

    private static byte[] Pdf(PlanScript script)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        var y = 800.0;
        void Line(string text, PdfDocumentBuilder.AddedFont font, double size, double gapBefore = 0)
        {
            foreach (var part in Wrap(text, size))
            {
                y -= gapBefore + size * 1.3;
                gapBefore = 0;
                if (y < 50)
                {
                    page = builder.AddPage(PageSize.A4);
                    y = 800;
                }
                page.AddText(part, size, new PdfPoint(50, y), font);
            }
        }
        Line("EDUCATION, HEALTH AND CARE PLAN", bold, 14);
        Line(script.Council, regular, 10);
        Line("PERSONAL DETAILS", bold, 12, 8);
        foreach (var (label, value) in script.Details)
        {
            Line($"{label}: {value}", regular, 10);
        }
        foreach (var section in script.Sections)
        {
            Line(Heading(section, "{0}. {1}").ToUpperInvariant(), bold, 12, 10);
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case Subheading s: Line(s.Text, bold, 10.5, 4); break;
                    case Bullet b: Line("• " + b.Text, regular, 10); break;
                    case Paragraph p: Line(p.Text, regular, 10); break;
                    case AreaRow r: Line(r.Text, regular, 10); break;
                }
            }
        }
        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text, double size)
    {
        var width = (int)(900 / size);
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > width && line.Length > 0)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }
        yield return line;
    }
}
