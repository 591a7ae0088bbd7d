extern alias cli;

using System.Text.Json;
using cli::Employment.Cli;
using Employment.Core.EhcPlans;
using Employment.Tests.EhcPlans.Generated;
using Xunit.Abstractions;

namespace Employment.Tests.EhcPlans;

/// <summary>"ehc read" end to end through the command's handler, on the shared sample and on a generated set, with figures printed.</summary>
public sealed class EhcReadCommandTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>A copy of the shared sample, kept with the tests (Sample/README.md).</summary>
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "EhcPlans", "Sample");
    // EHC_KEEP_FOLDER keeps the generated plans, truth and output for a look afterwards.
    private readonly string folder = Environment.GetEnvironmentVariable("EHC_KEEP_FOLDER") is { Length: > 0 } keep
        ? Directory.CreateDirectory(keep).FullName : Directory.CreateTempSubdirectory("ehc-read-").FullName;

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("EHC_KEEP_FOLDER") is not { Length: > 0 })
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheSamplePlansAreReadIntoOneJsonFileEach_AndAnUnreadableOneIsReportedWithoutStoppingTheOthers()
    {
        var input = Path.Combine(folder, "in");
        Directory.CreateDirectory(input);
        foreach (var plan in Directory.GetFiles(Path.Combine(Sample, "plans")))
        {
            File.Copy(plan, Path.Combine(input, Path.GetFileName(plan)));
        }
        File.WriteAllBytes(Path.Combine(input, "plan-99-broken.docx"), "not a word document"u8.ToArray());
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var exit = EhcCommand.Read(input, Path.Combine(folder, "out"), stdout, stderr);

        Assert.Equal(0, exit);
        var problem = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("plan-99-broken.docx could not be read: ", problem);
        Assert.False(File.Exists(Path.Combine(folder, "out", "plan-99-broken.json")));
        var figures = Grade(Path.Combine(Sample, "truth"), Path.Combine(folder, "out"));
        output.WriteLine($"Sample: {figures}");
        Assert.Equal(8, figures.Plans);
        Assert.True(figures.Identity >= 0.9 && figures.Dates >= 0.9 && figures.Outcomes >= 0.8 && figures.Skills >= 0.7 && figures.SupportNeeds >= 0.8, figures.ToString());
    }

    [Fact]
    public void AGeneratedSetInFourLayoutsIsReadAndGraded()
    {
        GeneratedPlans.WriteSet(folder, perLayout: 15);

        var exit = EhcCommand.Read(Path.Combine(folder, "plans"), Path.Combine(folder, "out"), TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, exit);
        foreach (var layout in GeneratedPlans.Layouts)
        {
            var figures = Grade(Path.Combine(folder, "truth"), Path.Combine(folder, "out"), $"-{layout}");
            output.WriteLine($"Generated, {layout}: {figures}");
        }
        var all = Grade(Path.Combine(folder, "truth"), Path.Combine(folder, "out"));
        output.WriteLine($"Generated, all layouts: {all}");
        var withJobList = PlanGrader.Grade(Directory.GetFiles(Path.Combine(folder, "plans")).Select(plan =>
        {
            var reading = new EhcPlanReader(new PhraseListFinder()).Read(plan).Reading;
            JsonElement? read = reading is null ? null : JsonDocument.Parse(PlanJson.Write(reading)).RootElement;
            var truth = JsonSerializer.Deserialize<PlanTruth>(File.ReadAllText(Path.Combine(folder, "truth", Path.GetFileNameWithoutExtension(plan) + ".json")))!;
            return (truth, read);
        }).ToList());
        output.WriteLine($"Generated, with the generator's job list as the occupation finder (extraction alone): interests_top3={withJobList.Interests:0.000}");
        Assert.True(withJobList.Interests >= 0.8, withJobList.ToString());
        Assert.Equal(60, all.Plans);
        Assert.True(all.Identity >= 0.9 && all.Dates >= 0.9 && all.Outcomes >= 0.8 && all.Skills >= 0.7 && all.SupportNeeds >= 0.8, all.ToString());
    }

    [Fact]
    public void AFolderWithNoReadablePlanExitsWithOne()
    {
        File.WriteAllBytes(Path.Combine(folder, "scan.pdf"), "%PDF-1.4 nothing"u8.ToArray());
        var stderr = new StringWriter();

        Assert.Equal(1, EhcCommand.Read(folder, Path.Combine(folder, "out"), TextWriter.Null, stderr));
        Assert.Contains("scan.pdf could not be read", stderr.ToString(), StringComparison.Ordinal);
    }

    internal static PlanGrader.Figures Grade(string truthFolder, string outputFolder, string nameContains = "")
    {
        var plans = Directory.GetFiles(truthFolder, "*.json").Where(f => Path.GetFileName(f).Contains(nameContains, StringComparison.Ordinal)).Select(f =>
        {
            var truth = JsonSerializer.Deserialize<PlanTruth>(File.ReadAllText(f))!;
            var path = Path.Combine(outputFolder, Path.GetFileName(f));
            JsonElement? read = File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path)).RootElement : null;
            return (truth, read);
        }).ToList();
        return PlanGrader.Grade(plans);
    }
}
