using System.Text;
using Employment.Core.Interchange;

namespace Employment.Tests.Interchange;

/// <summary>A file of about 50 MB, generated here (never committed), with a few bad rows deep inside it.</summary>
public sealed class LargeFileTests
{
    private const int Candidates = 30_000;

    [Fact]
    public async Task LargeFile_WithAFewBadRows_IsReportedByLine_AndGoodRowsOnlyLoadsTheRest()
    {
        await using var database = await ImportDatabase.CreateAsync();
        using var folder = new DatasetFolder();
        await using (var db = database.Context())
        {
            DatasetGenerator.Write(folder.Path, new GeneratedDatasetOptions { Candidates = Candidates, Employers = 50, Vacancies = 500, AspirationLength = 1650 },
                await ReferenceSets.LoadAsync(db));
        }
        BreakLines(folder.File(InterchangeFiles.Candidates));
        Assert.InRange(new FileInfo(folder.File(InterchangeFiles.Candidates)).Length, 45_000_000, 60_000_000);
        var placementsNeedingBadRows = File.ReadLines(folder.File(InterchangeFiles.Placements))
            .Count(l => l.StartsWith("C0001000,", StringComparison.Ordinal) || l.StartsWith("C0020000,", StringComparison.Ordinal) || l.StartsWith($"C{Candidates - 1:D7},", StringComparison.Ordinal));
        var events = File.ReadLines(folder.File(InterchangeFiles.Placements)).Count() - 1;
        var progress = new List<ImportProgress>();

        var refused = await database.ImportAsync(folder.Path, progress: new Recorder(progress));

        Assert.Equal(ImportReport.Refused, refused.Status);
        Assert.Equal(
            ["candidates.csv line 1002, column interests", "candidates.csv line 20002, column date_of_birth", $"candidates.csv line {Candidates + 1}, column aspirations"],
            refused.Errors.Select(e => $"{e.File} line {e.Line}, column {e.Column}"));
        Assert.Equal(0, await database.CountAsync("job_seekers"));
        Assert.Equal(0, await database.CountAsync("employers"));
        Assert.Contains(progress, p => p.Stage == ImportProgress.Reading && p.File == InterchangeFiles.Candidates && p.RowsRead == 10_000 && p.BytesRead < p.BytesTotal);

        var loaded = await database.ImportAsync(folder.Path, goodRowsOnly: true);

        Assert.Equal(ImportReport.Loaded, loaded.Status);
        Assert.Equal(Candidates - 3, loaded[InterchangeFiles.Candidates].Added);
        Assert.Equal(Candidates - 3, await database.CountAsync("job_seekers"));
        Assert.Equal(events - placementsNeedingBadRows, await database.CountAsync("placement_events"));
        Assert.Equal(placementsNeedingBadRows, loaded[InterchangeFiles.Placements].Skipped);
    }

    /// <summary>Breaks the rows of candidates C0001000 (a SOC code), C0020000 (a date) and the last (a Latin-1 byte).</summary>
    private static void BreakLines(string path)
    {
        var lines = File.ReadAllLines(path);
        lines[1001] = ReplaceCell(lines[1001], 7, "9999");
        lines[20001] = ReplaceCell(lines[20001], 1, "2004-02-30");
        using var output = File.Create(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(lines[i] + "\n");
            if (i == lines.Length - 1)
            {
                var quote = Array.IndexOf(bytes, (byte)'"');
                bytes[quote + 1] = 0xE9;
            }
            output.Write(bytes);
        }
    }

    private static string ReplaceCell(string line, int index, string value)
    {
        // Generated rows quote only the aspirations (column 6), which have no commas in them.
        var cells = line.Split(',');
        cells[index] = value;
        return string.Join(',', cells);
    }

    private sealed class Recorder(List<ImportProgress> seen) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => seen.Add(value);
    }
}
