using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Internships;
using Employment.Core.JobSeekers;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Employment.Tests.Internships;

/// <summary>The programme's writer against real PostgreSQL: places, colleges typed twice, notes audited, in subject access and erased.</summary>
[Collection("Database")]
public sealed class InternshipProgrammeServiceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = TestClock.At(TestClock.Start);
    private readonly Guid _coach = Guid.NewGuid();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        // The programme's job coach is an account: a row is enough here, with no password or role.
        await using var db = _database.Context();
        db.Users.Add(new Core.Accounts.AppUser { Id = _coach, UserName = $"coach-{_coach:N}@example.test", DisplayName = "Test coach", CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ACollegeTypedWithOtherCapitalsAndSpaces_IsTheSameCollege()
    {
        await using var db = _database.Context();
        var host = await TestData.On(db).CreateEmployerAsync();
        var service = Service(db);
        var first = await service.CreateAsync(Details(host.Id, "Stoke-on-Trent College"), _coach);
        var second = await service.CreateAsync(Details(host.Id, "  stoke-on-trent   COLLEGE "), _coach);
        Assert.Equal(first.Value!.CollegeId, second.Value!.CollegeId);
        Assert.Equal(1, await db.Colleges.CountAsync());
    }

    [Fact]
    public async Task AFullCohort_AndThePersonTwice_AreRefused()
    {
        await using var db = _database.Context();
        var programme = await TestData.On(db).CreateProgrammeAsync(_coach, p => p.WithPlaces(1));
        var first = await TestData.On(db).CreateJobSeekerAsync();
        var second = await TestData.On(db).CreateJobSeekerAsync();
        var service = Service(db);

        Assert.True((await service.AddInternAsync(programme.Id, first.Id, _coach)).Succeeded);
        Assert.Equal(InternshipProgrammeService.AlreadyAnIntern, (await service.AddInternAsync(programme.Id, first.Id, _coach)).Problems.Single().Message);
        Assert.Equal(InternshipProgrammeService.CohortFull, (await service.AddInternAsync(programme.Id, second.Id, _coach)).Problems.Single().Message);
        Assert.Equal(1, await db.Interns.CountAsync(i => i.ProgrammeId == programme.Id));
    }

    [Fact]
    public async Task AnEditFromAnOldForm_IsRefused()
    {
        await using var db = _database.Context();
        var programme = await TestData.On(db).CreateProgrammeAsync(_coach);
        var loaded = await db.InternshipProgrammes.SingleAsync(p => p.Id == programme.Id);
        var result = await Service(db).EditAsync(loaded, loaded.Version + 1, Details(loaded.HostEmployerId, "Any College"));
        Assert.Equal(InternshipProgrammeService.ChangedMeanwhile, result.Problems.Single().Message);
    }

    [Fact]
    public async Task Notes_AreAudited_InSubjectAccess_AndErased()
    {
        await using var db = _database.Context();
        var programme = await TestData.On(db).CreateProgrammeAsync(_coach);
        var person = await TestData.On(db).CreateJobSeekerAsync();
        var intern = (await Service(db).AddInternAsync(programme.Id, person.Id, _coach)).Value!;
        await Service(db).AddRotationAsync(intern, new RotationDetails("Post room", programme.IntakeStartsOn, programme.IntakeStartsOn.AddDays(60), "Franking letters", ["teamwork"]), _coach);
        await Service(db).AddNoteAsync(intern, new NoteDetails(InternNoteKind.Progress, programme.IntakeStartsOn.AddDays(5), "Managing the stairs well now"), _coach);

        Assert.True(await db.AuditEntries.AnyAsync(a => a.JobSeekerId == person.Id && a.Action == AuditLog.Created && a.Detail == "Internship progress note"));
        var held = (await new SubjectAccess(db, _clock).ReportAsync(person.Id))!.Internships.Single();
        Assert.Equal(("Post room", "Managing the stairs well now"), (held.Rotations.Single().Department, held.Notes.Single().Text));

        Assert.True(await new Erasure(db, new AuditLog(db, _clock), new Core.Email.OutboxRetention(db, _clock), _clock).EraseAsync(person.Id, _coach));
        db.ChangeTracker.Clear();
        Assert.Null((await db.InternNotes.SingleAsync(n => n.InternId == intern.Id)).Text);
        Assert.Equal("Post room", (await db.InternRotations.SingleAsync(r => r.InternId == intern.Id)).Department);
    }

    private InternshipProgrammeService Service(EmploymentDbContext db) => new(db, new AuditLog(db, _clock), _clock);

    private ProgrammeDetails Details(Guid host, string college) =>
        new(host, college, 2025, new DateOnly(2025, 9, 1), new DateOnly(2026, 7, 17), 10, _coach);
}
