using Employment.Core.Employers;
using Employment.Core.Interchange;
using Employment.Core.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Interchange;

public sealed class SampleImportTests
{
    [Fact]
    public async Task Sample_LoadsEveryRow()
    {
        await using var database = await ImportDatabase.CreateAsync();

        var report = await database.ImportAsync(ImportDatabase.SampleFolder());

        Assert.Equal(ImportReport.Loaded, report.Status);
        Assert.Empty(report.Errors);
        Assert.Equal(6, report[InterchangeFiles.Candidates].Added);
        Assert.Equal(4, report[InterchangeFiles.Employers].Added);
        Assert.Equal(40, report[InterchangeFiles.Vacancies].Added);
        Assert.Equal(56, report[InterchangeFiles.Placements].Added);
        Assert.Equal(6, await database.CountAsync("job_seekers"));
        Assert.Equal(4, await database.CountAsync("employers", "approval = 'approved'"));
        Assert.Equal(40, await database.CountAsync("opportunities"));
        Assert.Equal(17, await database.CountAsync("placements"));
        Assert.Equal(56, await database.CountAsync("placement_events"));
        Assert.Equal(6, await database.CountAsync("audit_entries", $"action = 'imported' AND detail = 'import run {report.RunId}'"));
        Assert.Equal(5, await database.CountAsync("consent_records", "given"));
        Assert.Equal(1, await database.CountAsync("import_runs", $"id = '{report.RunId}' AND status = 'loaded' AND rows_read = 106 AND rows_loaded = 106 AND report IS NOT NULL"));
    }

    [Fact]
    public async Task Sample_IsStoredAsTheFormatSays()
    {
        await using var database = await ImportDatabase.CreateAsync();
        await database.ImportAsync(ImportDatabase.SampleFolder());
        await using var db = database.Context();

        var person = await db.JobSeekers.Include(j => j.LocalAuthority).Include(j => j.ConsentHistory).SingleAsync(j => j.SourceId == "C000002");
        Assert.Equal("", person.FirstName);
        Assert.Equal("", person.LastName);
        Assert.Null(person.CoachId);
        Assert.Equal("Person C000002", person.DisplayName);
        Assert.Equal("E06000016", person.LocalAuthority!.OnsCode);
        Assert.Equal(["9267", "9249", "9263"], person.Interests);
        Assert.Equal([OpportunityKind.PaidJob, OpportunityKind.Apprenticeship, OpportunityKind.WorkExperience], person.PreferredKinds);
        Assert.True(person.ConsentToShare);
        Assert.NotNull(person.ConsentRecordedAt);
        Assert.Equal("Recorded in the council's own system before import", person.ConsentExplainedHow);
        Assert.Single(person.ConsentHistory, c => c.Given);

        var noConsent = await db.JobSeekers.SingleAsync(j => j.SourceId == "C000005");
        Assert.False(noConsent.ConsentToShare);
        Assert.Null(noConsent.ConsentRecordedAt);

        var apprenticeship = await db.Opportunities.SingleAsync(o => o.SourceId == "V000002");
        Assert.Equal(PayBand.Apprentice, apprenticeship.PayBand);
        Assert.Equal(37.5m, apprenticeship.HoursPerWeek);
        Assert.Equal(PayBand.Age21AndOver, (await db.Opportunities.SingleAsync(o => o.SourceId == "V000000")).PayBand);
        Assert.Null((await db.Opportunities.SingleAsync(o => o.SourceId == "V000001")).PayBand);

        var employer = await db.Employers.SingleAsync(e => e.SourceId == "E00001");
        Assert.Equal(DisabilityConfidentLevel.Employer, employer.DcLevel);
        Assert.Equal(new DateOnly(2028, 8, 21), employer.DcValidUntil);
        Assert.Equal(ApprovalStatus.Approved, employer.Approval);

        // A placement's stage is its latest event.
        var placement = await db.Placements.Include(p => p.Events).SingleAsync(p => p.JobSeeker!.SourceId == "C000000" && p.Opportunity!.SourceId == "V000033");
        Assert.Equal(3, placement.Events.Count);
        Assert.Equal(Core.Placements.PlacementEventType.Rejected, placement.Stage);
        Assert.Equal("not successful at interview", placement.Events.Single(e => e.Type == Core.Placements.PlacementEventType.Rejected).Reason);
    }

    [Fact]
    public async Task ImportingTwice_ChangesNothingTheSecondTime()
    {
        await using var database = await ImportDatabase.CreateAsync();
        await database.ImportAsync(ImportDatabase.SampleFolder());
        var before = await database.SnapshotAsync();

        var again = await database.ImportAsync(ImportDatabase.SampleFolder());

        Assert.Equal(ImportReport.Loaded, again.Status);
        Assert.All(again.Files, f => Assert.Equal(0, f.Added + f.Changed));
        Assert.Equal(106, again.Files.Sum(f => f.Unchanged));
        Assert.Equal(before, await database.SnapshotAsync());
        Assert.Equal(2, await database.CountAsync("import_runs"));
    }

    [Fact]
    public async Task ChangedRows_AreUpdatedAndAudited_AndNothingElseMoves()
    {
        await using var database = await ImportDatabase.CreateAsync();
        using var folder = DatasetFolder.Sample();
        await database.ImportAsync(folder.Path);
        await using var before = database.Context();
        var untouched = await before.JobSeekers.AsNoTracking().SingleAsync(j => j.SourceId == "C000001");

        folder.SetCell(InterchangeFiles.Candidates, 7, "consent_to_share", "true");
        folder.SetCell(InterchangeFiles.Candidates, 7, "hours_max", "20");
        folder.SetCell(InterchangeFiles.Placements, 4, "reason", "the shop closed");
        var report = await database.ImportAsync(folder.Path);

        Assert.Equal(1, report[InterchangeFiles.Candidates].Changed);
        Assert.Equal(5, report[InterchangeFiles.Candidates].Unchanged);
        Assert.Equal(1, report[InterchangeFiles.Placements].Changed);
        await using var db = database.Context();
        var changed = await db.JobSeekers.Include(j => j.ConsentHistory).SingleAsync(j => j.SourceId == "C000005");
        Assert.Equal(20m, changed.HoursMax);
        Assert.True(changed.ConsentToShare);
        Assert.Single(changed.ConsentHistory);
        Assert.Equal(2, await database.CountAsync("audit_entries", $"job_seeker_id = '{changed.Id}'"));
        var same = await db.JobSeekers.SingleAsync(j => j.SourceId == "C000001");
        Assert.Equal(untouched.UpdatedAt, same.UpdatedAt);
        Assert.Equal(1, await database.CountAsync("audit_entries", $"job_seeker_id = '{same.Id}'"));
    }
}
