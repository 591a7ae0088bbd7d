using Employment.Core.EhcPlans.Fields;
using Employment.Core.EhcPlans.Sections;
using Employment.Core.EhcPlans.Text;
using Employment.Core.Reference.Occupations;

namespace Employment.Core.EhcPlans;

/// <summary>
/// Reads an EHC plan (.docx or text .pdf) into a <see cref="PlanReading"/>: every value with the sentence it came from.
/// Reads from memory only and stores nothing (decision 0041). Any file it cannot read gives a plain-English problem naming the file.
/// </summary>
public sealed class EhcPlanReader(IOccupationFinder finder)
{
    public static readonly IReadOnlyList<string> Extensions = [".docx", ".pdf"];

    public ReadResult Read(Stream content, string fileName)
    {
        var name = Path.GetFileName(fileName);
        try
        {
            var bytes = ReadBounded(content);
            var extension = Path.GetExtension(name).ToLowerInvariant();
            var lines = extension switch
            {
                ".docx" => DocxText.Read(bytes),
                ".pdf" => PdfText.Read(bytes),
                _ => throw new UnreadablePlanException("only Word (.docx) and PDF files can be read"),
            };
            return new ReadResult(Read(lines), null);
        }
        catch (UnreadablePlanException e)
        {
            return new ReadResult(null, $"{name} could not be read: {e.Message}.");
        }
    }

    public ReadResult Read(string path)
    {
        var info = new FileInfo(path);
        if (info.Length > PlanFileLimits.MaxFileBytes)
        {
            return new ReadResult(null, $"{info.Name} could not be read: it is {PlanFileLimits.Megabytes(info.Length)}, and plans larger than {PlanFileLimits.Megabytes(PlanFileLimits.MaxFileBytes)} are not read.");
        }
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, info.Name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReadResult(null, $"{info.Name} could not be read: the file could not be opened ({e.Message.TrimEnd('.')}).");
        }
    }

    private PlanReading Read(IReadOnlyList<PlanLine> lines)
    {
        var sentences = SectionFinder.Sentences(lines);
        var sections = SectionFinder.SectionsFound(sentences);
        if (sections.Intersect(["A", "B", "E", "F"]).Count() < 2)
        {
            throw new UnreadablePlanException("it does not look like an EHC plan: no sections A (views and aspirations), B (needs), E (outcomes) or F (provision) were found");
        }
        var identity = IdentityExtractor.Extract(lines, SectionFinder.LineSections(lines), sentences);
        var (aspirations, interests) = new InterestExtractor(finder).Extract(sentences);
        return new PlanReading(identity.GivenName, identity.FamilyName, identity.DateOfBirth, identity.Postcode,
            identity.PlanIssued, identity.NextReview, aspirations, interests,
            TagExtractor.Skills(sentences), TagExtractor.SupportNeeds(sentences), OutcomeExtractor.Employment(sentences), sections);
    }

    private static byte[] ReadBounded(Stream content)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > PlanFileLimits.MaxFileBytes)
            {
                throw new UnreadablePlanException($"it is larger than {PlanFileLimits.Megabytes(PlanFileLimits.MaxFileBytes)}, and larger plans are not read");
            }
        }
        return buffer.ToArray();
    }
}
