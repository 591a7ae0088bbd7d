using System.IO.Compression;
using Employment.Core.EhcPlans;
using Employment.Core.EhcPlans.Text;
using Employment.Tests.EhcPlans.Generated;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Employment.Tests.EhcPlans;

/// <summary>Every file that cannot be read gets one plain sentence naming the file and the problem, never an exception.</summary>
public sealed class BadPlanFileTests
{
    private static void AssertProblem(ReadResult result, string fileName, string expected)
    {
        Assert.False(result.Succeeded);
        Assert.StartsWith($"{fileName} could not be read: ", result.Problem);
        Assert.Contains(expected, result.Problem!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", result.Problem!, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Problem!.Split(':', 2)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void APasswordProtectedWordDocument()
    {
        // Word saves a password-protected .docx as an encrypted compound file, which begins with this signature.
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]];
        AssertProblem(GeneratedPlans.Read(bytes, "locked.docx"), "locked.docx", "password-protected");
    }

    [Fact]
    public void ACorruptWordDocument()
    {
        var (script, _) = new PlanGenerator(1).Generate(PlanLayout.HeadingStyles);
        var bytes = PlanWriters.Write(script, PlanLayout.HeadingStyles).Bytes;
        AssertProblem(GeneratedPlans.Read(bytes[..(bytes.Length / 2)], "half.docx"), "half.docx", "damaged");
        AssertProblem(GeneratedPlans.Read("not a zip at all"u8.ToArray(), "text.docx"), "text.docx", "not a Word document");
    }

    [Fact]
    public void AScannedPdfWithOnlyAnImage()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(TinyPng(), new PdfRectangle(50, 50, 500, 750));
        AssertProblem(GeneratedPlans.Read(builder.Build(), "scan.pdf"), "scan.pdf", "scanned");
    }

    [Fact]
    public void ACorruptPdf() =>
        AssertProblem(GeneratedPlans.Read("%PDF-1.4\n1 0 obj << /Type /Catalog"u8.ToArray(), "broken.pdf"), "broken.pdf", "could not be opened as a PDF");

    [Fact]
    public void ASixtyMegabyteFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.docx");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(60L * 1024 * 1024);
            }
            var reader = new EhcPlanReader(new PhraseListFinder());
            AssertProblem(reader.Read(path), Path.GetFileName(path), "60 MB");
            using var stream = File.OpenRead(path);
            AssertProblem(reader.Read(stream, "huge.docx"), "huge.docx", "larger than 20 MB");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AWordDocumentWhosePartsExpandToGigabytes()
    {
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 150; i++)
            {
                part.Write(zeros);
            }
        }
        Assert.True(zipped.Length < PlanFileLimits.MaxFileBytes);
        AssertProblem(GeneratedPlans.Read(zipped.ToArray(), "bomb.docx"), "bomb.docx", "expand");
    }

    [Fact]
    public void AFileThatIsNotAPlan()
    {
        var letter = PlanWriters.Docx(body => body.Append(PlanWriters.Para("Dear Sam,"), PlanWriters.Para("Thank you for coming to the open day at the college."), PlanWriters.Para("Yours sincerely")));
        AssertProblem(GeneratedPlans.Read(letter, "letter.docx"), "letter.docx", "does not look like an EHC plan");
        AssertProblem(GeneratedPlans.Read("hello"u8.ToArray(), "notes.txt"), "notes.txt", "only Word (.docx) and PDF");
    }

    /// <summary>A 2×2 grey PNG: signature, IHDR, one zlib-compressed IDAT, IEND.</summary>
    private static byte[] TinyPng()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [0, 0, 0, 2, 0, 0, 0, 2, 8, 0, 0, 0, 0]);
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write([0, 128, 128, 0, 128, 128]);
        }
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(BigEndian((uint)data.Length));
        png.Write(typeBytes);
        png.Write(data);
        png.Write(BigEndian(Crc32([.. typeBytes, .. data])));
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
