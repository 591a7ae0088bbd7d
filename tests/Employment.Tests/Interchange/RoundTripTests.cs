using Employment.Core.Interchange;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Interchange;

public sealed class RoundTripTests
{
    [Fact]
    public async Task Export_ImportIntoAnEmptyDatabase_ExportAgain_GivesTheSameBytes()
    {
        await using var first = await ImportDatabase.CreateAsync();
        await first.ImportAsync(ImportDatabase.SampleFolder());
        using var exported = new DatasetFolder();
        await first.ExportAsync(exported.Path);

        await using var second = await ImportDatabase.CreateAsync();
        var report = await second.ImportAsync(exported.Path);
        using var again = new DatasetFolder();
        await second.ExportAsync(again.Path);

        Assert.Equal(ImportReport.Loaded, report.Status);
        Assert.Empty(report.Errors);
        foreach (var file in InterchangeFiles.All)
        {
            Assert.Equal(File.ReadAllBytes(exported.File(file)), File.ReadAllBytes(again.File(file)));
        }
        Assert.Equal(7, File.ReadAllLines(exported.File(InterchangeFiles.Candidates)).Length);
        Assert.Equal(57, File.ReadAllLines(exported.File(InterchangeFiles.Placements)).Length);
    }

    [Fact]
    public async Task Export_WritesTheFormat_AndLeavesOutErasedPeople()
    {
        await using var database = await ImportDatabase.CreateAsync();
        await database.ImportAsync(ImportDatabase.SampleFolder());
        await using (var db = database.Context())
        {
            await db.JobSeekers.Where(j => j.SourceId == "C000000").ExecuteUpdateAsync(s => s.SetProperty(j => j.ErasedAt, DateTimeOffset.UtcNow));
        }
        using var exported = new DatasetFolder();
        await database.ExportAsync(exported.Path);

        var candidates = File.ReadAllText(exported.File(InterchangeFiles.Candidates));
        var vacancies = File.ReadAllLines(exported.File(InterchangeFiles.Vacancies));
        var placements = File.ReadAllText(exported.File(InterchangeFiles.Placements));
        Assert.StartsWith("candidate_id,date_of_birth,local_authority,latitude,longitude,has_ehc_plan,aspirations,interests,skills,support_needs,travel_mode,travel_max_minutes,hours_min,hours_max,preferred_kinds,consent_to_share,joined_on,long_term_support_ld\r\n", candidates, StringComparison.Ordinal);
        Assert.DoesNotContain("C000000", candidates, StringComparison.Ordinal);
        Assert.DoesNotContain("C000000", placements, StringComparison.Ordinal);
        Assert.Contains("C000002,2003-05-27,E06000016,52.67172,-1.16672,true,I want a job where people are kind,9267;9249;9263,", candidates, StringComparison.Ordinal);
        Assert.Contains(",public_transport,30,8,16,paid_job;apprenticeship;work_experience,true,", candidates, StringComparison.Ordinal);
        Assert.Contains("V000002,E00000,Care escorts,apprenticeship,6137,caring,written_instructions;extra_training_time,37.5,13.37,53.06458,-2.24245,2024-09-16,2024-10-28,false", vacancies);
        Assert.Contains(vacancies, v => v.StartsWith("V000012,E00001,\"Packers, bottlers, canners and fillers\",traineeship,", StringComparison.Ordinal));
    }
}
