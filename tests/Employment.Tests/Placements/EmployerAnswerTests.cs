using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Employment.Core.Statistics;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Employment.Core.Placements.PlacementEventType;

namespace Employment.Tests.Placements;

/// <summary>
/// An employer's answer to a milestone check becoming a fact of the job, against real PostgreSQL; the clock says
/// 23 November 2026. The job (20 hours a week) started on 5 January 2026.
/// </summary>
[Collection("Database")]
public sealed class EmployerAnswerTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestClock.Start.UtcDateTime);
    private static readonly Period Q3 = Period.Quarter(2026, 3);
    private static readonly Period Q4 = Period.Quarter(2026, 4);
    private readonly FakeTimeProvider _clock = TestClock.At(TestClock.Start);
    private readonly Guid _coach = Guid.NewGuid();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public enum Source
    {
        Live,
        Snapshot,
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task NoLongerWorking_MakesThePersonNotKnown_UntilTheCoachRecordsTheEnd(Source source)
    {
        await using var db = _database.Context();
        var job = await StartedJobs.StartAsync(db, _clock, new(2026, 1, 5));
        Assert.Equal(SeekerStatus.InWork, await StatusAsync(db, job));
        Assert.Equal((1, 1), await InWorkAsync(db, source, Q3, Q4));

        await AnswerAsync(db, job, stillWorking: false, hoursNow: null);

        Assert.Equal(SeekerStatus.NotKnown, await StatusAsync(db, job));
        Assert.Equal("Not known: employer says they left", SeekerStatus.NotKnown.Label());
        Assert.True(await db.JobSeekers.WithStatus(SeekerStatus.NotKnown).AnyAsync(j => j.Id == job.JobSeekerId));
        Assert.False(await db.JobSeekers.WithStatus(SeekerStatus.InWork).AnyAsync(j => j.Id == job.JobSeekerId));
        // In work at the end of September; not counted in work from the day the employer answered.
        Assert.Equal((1, 0), await InWorkAsync(db, source, Q3, Q4));
        // The coach is asked to confirm: a check-in due today.
        Assert.True(await db.FollowUps.AnyAsync(f => f.PlacementId == job.Id && f.Kind == FollowUpKind.CoachCheckIn && f.DueOn == Today && f.CompletedOn == null));

        // The end happened before the employer's answer: the answer does not stop the coach recording the real date.
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(Ended, new(2026, 10, 30), Reason: "finished_as_planned"), _coach));

        Assert.Equal(SeekerStatus.Looking, await StatusAsync(db, job));
        Assert.Equal((1, 0), await InWorkAsync(db, source, Q3, Q4));
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task NoLongerWorking_ThenTheCoachConfirmsStillWorking_CountsThemInWorkAgain(Source source)
    {
        await using var db = _database.Context();
        var job = await StartedJobs.StartAsync(db, _clock, new(2026, 1, 5));
        await AnswerAsync(db, job, stillWorking: false, hoursNow: null);
        Assert.Equal((1, 0), await InWorkAsync(db, source, Q3, Q4));

        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(StillWorking, Today), _coach));

        Assert.Equal(SeekerStatus.InWork, await StatusAsync(db, job));
        Assert.Equal((1, 1), await InWorkAsync(db, source, Q3, Q4));
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task StillWorkingWithOtherHours_RecordsAnHoursChangeThatDay_ByTheEmployerLink(Source source)
    {
        await using var db = _database.Context();
        var job = await StartedJobs.StartAsync(db, _clock, new(2026, 1, 5));
        Assert.Equal((1, 1), await Hours16OrMoreAsync(db, source, Q3, Q4));

        await AnswerAsync(db, job, stillWorking: true, hoursNow: 12m);

        var fact = await db.PlacementEvents.SingleAsync(e => e.PlacementId == job.Id && e.Type == HoursChanged);
        Assert.Equal((Today, 12m, (Guid?)null), (fact.OccurredOn, fact.HoursPerWeek!.Value, fact.RecordedById));
        Assert.Equal(SeekerStatus.InWork, await StatusAsync(db, job));
        Assert.Equal((1, 0), await Hours16OrMoreAsync(db, source, Q3, Q4));
    }

    [Fact]
    public async Task StillWorkingWithTheSameHours_AddsNoFact()
    {
        await using var db = _database.Context();
        var job = await StartedJobs.StartAsync(db, _clock, new(2026, 1, 5));

        await AnswerAsync(db, job, stillWorking: true, hoursNow: 20m);

        Assert.Equal(4, await db.PlacementEvents.CountAsync(e => e.PlacementId == job.Id));
    }

    private async Task AnswerAsync(EmploymentDbContext db, Placement job, bool stillWorking, decimal? hoursNow)
    {
        var milestone = await db.FollowUps.SingleAsync(f => f.PlacementId == job.Id && f.Kind == FollowUpKind.Milestone26Weeks);
        var check = new EmploymentCheck { Id = Guid.NewGuid(), PlacementId = job.Id, FollowUpId = milestone.Id, AskedOn = milestone.DueOn };
        db.EmploymentChecks.Add(check);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        Assert.True((await new EmploymentCheckService(db, _clock).AnswerAsync(check, stillWorking, hoursNow, "Sam")).Succeeded);
        db.ChangeTracker.Clear();
    }

    private static async Task<SeekerStatus> StatusAsync(EmploymentDbContext db, Placement job)
    {
        var one = db.JobSeekers.Where(j => j.Id == job.JobSeekerId);
        return SeekerStatuses.Of(false, await one.AnyAsync(SeekerStatuses.InPaidWork), await one.AnyAsync(SeekerStatuses.InOtherPlacement),
            await one.AnyAsync(SeekerStatuses.EmployerSaysLeft));
    }

    private static async Task<(int, int)> InWorkAsync(EmploymentDbContext db, Source source, Period first, Period second)
    {
        var figures = await PaidWorkAsync(db, source, first, second);
        return (figures[0].InPaidWork, figures[1].InPaidWork);
    }

    private static async Task<(int, int)> Hours16OrMoreAsync(EmploymentDbContext db, Source source, Period first, Period second)
    {
        var figures = await PaidWorkAsync(db, source, first, second);
        return (figures[0].Hours16OrMore, figures[1].Hours16OrMore);
    }

    private static async Task<IReadOnlyList<PaidWorkFigures>> PaidWorkAsync(EmploymentDbContext db, Source source, Period first, Period second)
    {
        IOutcomeMeasures measures = source == Source.Live
            ? new OutcomeMeasures(db)
            : new SnapshotMeasures(db, await new StatisticsSnapshotBuilder(db, TimeProvider.System).BuildAsync(Today));
        return await measures.InPaidWorkAsync(StatisticsFilter.All, [first, second], Today);
    }
}
