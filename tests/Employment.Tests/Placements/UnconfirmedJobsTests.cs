using Employment.Core.Audit;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Employment.Tests.Placements;

/// <summary>A started job with no confirmation for 8 weeks past a milestone is unconfirmed; the clock says 23 November 2026.</summary>
[Collection("Database")]
public sealed class UnconfirmedJobsTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly FakeTimeProvider _clock = TestClock.At(TestClock.Start);
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AJob_IsUnconfirmedFrom8WeeksAfterAnUnansweredMilestone_UntilSomeoneConfirmsIt()
    {
        await using var db = _database.Context();
        // The 13-week milestone was due exactly 8 weeks ago for one, a day less than 8 weeks ago for the other.
        var overdue = await StartedJobs.StartAsync(db, _clock, Today.AddDays(-7 * (13 + 8)));
        var notYet = await StartedJobs.StartAsync(db, _clock, Today.AddDays(-7 * (13 + 8) + 1));

        Assert.Equal([overdue.Id], await db.Placements.Unconfirmed(Today).Select(p => p.Id).ToListAsync());
        Assert.Equal([overdue.Id, notYet.Id], (await db.Placements.Unconfirmed(Today.AddDays(1)).Select(p => p.Id).ToListAsync()).OrderBy(id => id != overdue.Id));

        // A coach's check-in after the milestone was due confirms it.
        var checkIn = await db.FollowUps.Include(f => f.Placement).ThenInclude(p => p!.Events)
            .Where(f => f.PlacementId == overdue.Id && f.Kind == FollowUpKind.CoachCheckIn && f.CompletedOn == null).OrderBy(f => f.DueOn).FirstAsync();
        Assert.Empty(await new CheckInRecorder(db, new AuditLog(db, _clock), _clock).RecordAsync(checkIn, new CheckIn(Today, "Going well", 1m, false, null), Guid.NewGuid()));

        Assert.Empty(await db.Placements.Unconfirmed(Today).ToListAsync());
    }

    [Fact]
    public async Task ACoachsConfirmationThatTheyStillWork_ConfirmsTheJob()
    {
        await using var db = _database.Context();
        var job = await StartedJobs.StartAsync(db, _clock, Today.AddDays(-7 * (26 + 8)));
        Assert.Single(await db.Placements.Unconfirmed(Today).ToListAsync());

        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(PlacementEventType.StillWorking, Today.AddDays(-1)), Guid.NewGuid()));

        Assert.Empty(await db.Placements.Unconfirmed(Today).ToListAsync());
    }

    [Fact]
    public async Task AnEndedJob_IsNeverUnconfirmed()
    {
        await using var db = _database.Context();
        var job = await StartedJobs.StartAsync(db, _clock, Today.AddDays(-7 * (26 + 8)));

        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(PlacementEventType.Ended, Today, Reason: "finished_as_planned"), Guid.NewGuid()));

        Assert.Empty(await db.Placements.Unconfirmed(Today).ToListAsync());
    }
}
