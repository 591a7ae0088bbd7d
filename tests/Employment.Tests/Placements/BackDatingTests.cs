using Employment.Core;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Employment.Core.Placements.PlacementEventType;

namespace Employment.Tests.Placements;

/// <summary>Steps dated the day they happened, recorded later, against real PostgreSQL; the clock says 23 November 2026.</summary>
[Collection("Database")]
public sealed class BackDatingTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Joined = new(2026, 10, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = TestClock.At(TestClock.Start);
    private readonly Guid _coach = Guid.NewGuid();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ProposedLastMonth_ThenLastWeeksInterviewRecordedToday_IsAcceptedWithBothDates()
    {
        await using var db = _database.Context();
        var (person, opportunity) = await PersonAndOpportunityAsync(db);
        var recorder = PlacementSteps.Recorder(db, _clock);

        Assert.Null(await recorder.ProposeAsync(person, opportunity, _coach, new DateOnly(2026, 11, 2)));
        var placementId = await db.Placements.Where(p => p.JobSeekerId == person.Id).Select(p => p.Id).SingleAsync();
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placementId, new PlacementStep(Interviewed, Today.AddDays(-7)), _coach));

        db.ChangeTracker.Clear();
        var events = await db.PlacementEvents.Where(e => e.PlacementId == placementId).OrderBy(e => e.OccurredOn).ToListAsync();
        Assert.Equal([(Introduced, new DateOnly(2026, 11, 2)), (Interviewed, new DateOnly(2026, 11, 16))], events.Select(e => (e.Type, e.OccurredOn)));
        Assert.All(events, e => Assert.Equal((_coach, TestClock.Start), (e.RecordedById!.Value, e.RecordedAt)));
    }

    [Fact]
    public async Task ProposalWithNoDate_IsIntroducedToday()
    {
        await using var db = _database.Context();
        var (person, opportunity) = await PersonAndOpportunityAsync(db);

        Assert.Null(await PlacementSteps.Recorder(db, _clock).ProposeAsync(person, opportunity, _coach));

        Assert.Equal(Today, await db.PlacementEvents.Where(e => e.Placement!.JobSeekerId == person.Id).Select(e => e.OccurredOn).SingleAsync());
    }

    [Theory]
    [InlineData("2026-09-30", "The date must be on or after 1 October 2026, when Robin Back joined the service")]
    [InlineData("2026-11-24", "The date must be today or in the past")]
    public async Task ProposalBeforeThePersonJoinedOrInTheFuture_IsRefused_AndSavesNothing(string introducedOn, string message)
    {
        await using var db = _database.Context();
        var (person, opportunity) = await PersonAndOpportunityAsync(db);

        var refused = await PlacementSteps.Recorder(db, _clock).ProposeAsync(person, opportunity, _coach, DateOnly.Parse(introducedOn, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new Problem("IntroducedOn", message), refused);
        db.ChangeTracker.Clear();
        Assert.False(await db.Placements.AnyAsync(p => p.JobSeekerId == person.Id));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.JobSeekerId == person.Id));
    }

    [Fact]
    public async Task StepBeforeThePreviousOne_IsRefusedNamingThatStepsDay()
    {
        await using var db = _database.Context();
        var (person, opportunity) = await PersonAndOpportunityAsync(db);
        Assert.Null(await PlacementSteps.Recorder(db, _clock).ProposeAsync(person, opportunity, _coach, new DateOnly(2026, 11, 2)));
        var placementId = await db.Placements.Where(p => p.JobSeekerId == person.Id).Select(p => p.Id).SingleAsync();
        var unchanged = await PlacementSteps.SnapshotAsync(db, placementId);

        var problems = await PlacementSteps.RecordAsync(db, _clock, placementId, new PlacementStep(Interviewed, new DateOnly(2026, 11, 1)), _coach);

        Assert.Equal([new Problem("OccurredOn", "The date must be on or after 2 November 2026, when the last step (introduced to the employer) happened")], problems);
        Assert.Equal(unchanged, await PlacementSteps.SnapshotAsync(db, placementId));
    }

    [Fact]
    public async Task CheckInBeforeTheStart_IsRefusedNamingTheStartDay_WhileOneBeforeItsDueDayIsAccepted()
    {
        await using var db = _database.Context();
        var placement = await TestData.On(db).CreatePlacementAsync(p => p.IntroducedOn(new DateOnly(2026, 9, 1)));
        foreach (var step in new PlacementStep[] { new(Interviewed, new(2026, 9, 10)), new(Offered, new(2026, 9, 20)), new(Started, new(2026, 10, 1), 16m, 13m) })
        {
            Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, placement.Id, step, _coach));
        }
        db.ChangeTracker.Clear();
        var planned = await db.FollowUps.Include(f => f.Placement).ThenInclude(p => p!.Events)
            .Where(f => f.PlacementId == placement.Id && f.DueOn > Today).OrderBy(f => f.DueOn).FirstAsync();
        var checkIns = new CheckInRecorder(db, new Core.Audit.AuditLog(db, _clock), _clock);

        Assert.Equal([new Problem("DoneOn", "The date must be on or after 1 October 2026, when the person started")],
            checkIns.Check(planned, new CheckIn(new DateOnly(2026, 9, 30), "Went well", 1m, false, null)));
        Assert.Empty(await checkIns.RecordAsync(planned, new CheckIn(Today, "Saw them early at work", 1m, false, null), _coach));

        db.ChangeTracker.Clear();
        Assert.Equal(Today, (await db.FollowUps.SingleAsync(f => f.Id == planned.Id)).CompletedOn);
    }

    private async Task<(Core.JobSeekers.JobSeeker, Core.Opportunities.Opportunity)> PersonAndOpportunityAsync(Core.Data.EmploymentDbContext db)
    {
        var data = TestData.On(db);
        var person = await data.CreateJobSeekerAsync(p => p.Named("Robin", "Back").With(j => j.CreatedAt = Joined));
        var opportunity = await data.CreateOpportunityAsync(o => o.WithoutSite().PostedOn(new DateOnly(2026, 1, 5)));
        return (person, opportunity);
    }
}
