using Employment.Core.Data;
using Employment.Core.Interchange;

namespace Employment.Tests.Interchange;

/// <summary>Import runs for pages to show, without running an import.</summary>
public static class ImportSamples
{
    /// <summary>A finished run whose report has counts and a few problems, so its page shows both tables.</summary>
    public static async Task<Guid> FinishedRunAsync(EmploymentDbContext db)
    {
        var report = new ImportReport { RunId = Guid.CreateVersion7(), GoodRowsOnly = true, Status = ImportReport.Loaded };
        report[InterchangeFiles.Candidates].Present = true;
        report[InterchangeFiles.Candidates].Read = 3;
        report[InterchangeFiles.Candidates].Added = 2;
        report[InterchangeFiles.Candidates].Bad = 1;
        report.Errors.Add(new ImportError(InterchangeFiles.Candidates, 3, "interests", "\"9999\" is not a SOC 2020 unit group"));
        report.Errors.Add(new ImportError(InterchangeFiles.Placements, null, null, "the required column event is missing from the header row"));
        db.ImportRuns.Add(new ImportRun
        {
            Id = report.RunId,
            StartedAt = DateTimeOffset.UtcNow,
            Source = "Upload: candidates.csv",
            GoodRowsOnly = true,
            Status = ImportReport.Loaded,
            RowsRead = 3,
            RowsLoaded = 2,
            ErrorCount = 2,
            Report = report.ToJson(),
            FinishedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return report.RunId;
    }
}
