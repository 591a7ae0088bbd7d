using Employment.Core.Data;
using Employment.Core.Placements;
using Employment.Core.Statistics;
using Employment.Tests.Infrastructure;
using Employment.Tests.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Employment.Core.Placements.PlacementEventType;

namespace Employment.Tests.Statistics;

/// <summary>The hours band at a period's end follows the hours in force that day, not the hours agreed at the start.</summary>
[Collection("Database")]
public sealed class HoursInForceTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly FakeTimeProvider _clock = TestClock.At(TestClock.Start);
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
    public async Task AnHoursChangeMidJob_MovesThePersonBetweenBandsAtTheRightPeriodEnd(Source source)
    {
        await using var db = _database.Context();
        // 20 hours from 10 January 2025, cut to 10 hours on 15 May 2025 (in the second quarter), back to 30 on
        // 30 September 2025, the third quarter's last day: facts on the day itself are in force that day.
        var job = await StartedJobs.StartAsync(db, _clock, new(2025, 1, 10), hours: 20m, pay: 11.44m);
        var coach = Guid.NewGuid();
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(HoursChanged, new(2025, 5, 15), HoursPerWeek: 10m), coach));
        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(HoursChanged, new(2025, 9, 30), HoursPerWeek: 30m), coach));

        var figures = await PaidWorkAsync(db, source, Period.Quarter(2025, 1), Period.Quarter(2025, 2), Period.Quarter(2025, 3));

        Assert.Equal([1, 1, 1], figures.Select(f => f.InPaidWork));
        Assert.Equal([1, 0, 1], figures.Select(f => f.Hours16OrMore));
        Assert.Equal([0, 1, 0], figures.Select(f => f.HoursUnder16));
    }

    [Fact]
    public async Task AnHoursChange_MovesTheStatisticsChangeCounter_SoTheSnapshotIsBuiltAgain()
    {
        await using var db = _database.Context();
        var job = await StartedJobs.StartAsync(db, _clock, new(2025, 1, 10), hours: 20m, pay: 11.44m);
        var built = await new StatisticsSnapshotBuilder(db, _clock).BuildAsync(Today);
        Assert.Null(await new StatisticsSnapshotBuilder(db, _clock).RefreshAsync());

        Assert.Empty(await PlacementSteps.RecordAsync(db, _clock, job.Id, new PlacementStep(HoursChanged, new(2025, 5, 15), HoursPerWeek: 10m), Guid.NewGuid()));

        var rebuilt = await new StatisticsSnapshotBuilder(db, _clock).RefreshAsync();
        Assert.NotNull(rebuilt);
        Assert.True(rebuilt.Version > built.Version);
        var q2 = (await new SnapshotMeasures(db, rebuilt).InPaidWorkAsync(StatisticsFilter.All, [Period.Quarter(2025, 2)], Today)).Single();
        Assert.Equal((1, 0), (q2.InPaidWork, q2.Hours16OrMore));
    }

    private static async Task<IReadOnlyList<PaidWorkFigures>> PaidWorkAsync(EmploymentDbContext db, Source source, params Period[] periods)
    {
        IOutcomeMeasures measures = source == Source.Live
            ? new OutcomeMeasures(db)
            : new SnapshotMeasures(db, await new StatisticsSnapshotBuilder(db, TimeProvider.System).BuildAsync(Today));
        return await measures.InPaidWorkAsync(StatisticsFilter.All, periods, Today);
    }
}
