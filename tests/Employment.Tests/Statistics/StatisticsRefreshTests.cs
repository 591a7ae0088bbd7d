using Employment.Core.Data;
using Employment.Core.Statistics;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Adviser;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Statistics;

/// <summary>The snapshot is worked out again after a change, a new day or an hour, and not otherwise (decision 0027).</summary>
[Collection("Database")]
public sealed class StatisticsRefreshTests
{
    private static readonly DateOnly Today = OutcomeWorld.Today;

    [Fact]
    public async Task Refresh_BuildsAfterAChangeANewDayOrAnHour_AndTheDashboardFollowsTheSnapshot()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = TestClock.At(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        EmploymentDbContext Db() => database.Context();
        async Task<StatisticsSnapshot?> RefreshAsync()
        {
            await using var db = Db();
            return await new StatisticsSnapshotBuilder(db, clock).RefreshAsync();
        }
        async Task<string> JobSeekersShownAsync()
        {
            await using var db = Db();
            var figures = await new Dashboard(db).BuildAsync(StatisticsFilter.All, Period.Quarter(2025, 1), Today);
            Assert.NotNull(figures.WorkedOutAt);
            return EveryoneWhoHasEverJoined(figures);
        }

        var first = await RefreshAsync();
        Assert.Equal(Today, first?.AsOf);
        Assert.Null(await RefreshAsync());
        Assert.Equal("fewer than 5", await JobSeekersShownAsync());

        await using (var db = Db())
        {
            await OutcomeWorld.AddToAsync(db);
        }
        // Until the next refresh the dashboard shows the snapshot it has, and says when it was worked out.
        Assert.Equal("fewer than 5", await JobSeekersShownAsync());
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.NotNull(await RefreshAsync());
        Assert.Equal("5", await JobSeekersShownAsync()); // 7 people, rounded to the nearest 5

        clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Null(await RefreshAsync());
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.NotNull(await RefreshAsync());
        clock.SetDay(Today.AddDays(1), 0);
        Assert.Equal(Today.AddDays(1), (await RefreshAsync())?.AsOf);
    }

    [Fact]
    public async Task TheSitesDashboard_ReadsEachSnapshotOnce_AndFollowsANewOneAtOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = TestClock.At(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        using var cache = new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions());
        async Task RefreshAsync()
        {
            await using var db = database.Context();
            Assert.NotNull(await new StatisticsSnapshotBuilder(db, clock).RefreshAsync());
        }
        async Task<string> JobSeekersShownAsync(bool cached)
        {
            await using var db = database.Context();
            var figures = await new Dashboard(db, cached ? cache : null).BuildAsync(StatisticsFilter.All, Period.Quarter(2025, 1), Today);
            return EveryoneWhoHasEverJoined(figures);
        }

        await RefreshAsync();
        Assert.Equal("fewer than 5", await JobSeekersShownAsync(cached: true));
        await using (var db = database.Context())
        {
            await OutcomeWorld.AddToAsync(db);
        }
        clock.Advance(TimeSpan.FromMinutes(10));
        await RefreshAsync();
        Assert.Equal("5", await JobSeekersShownAsync(cached: true)); // the new build, not the remembered answer

        // The snapshot's rows are read once per build: a row changed behind its back is not read again.
        await using (var db = database.Context())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE statistics_job_seekers SET job_seekers = job_seekers + 100");
        }
        Assert.Equal("5", await JobSeekersShownAsync(cached: true));
        Assert.NotEqual("5", await JobSeekersShownAsync(cached: false));
    }

    private static string EveryoneWhoHasEverJoined(DashboardFigures figures) =>
        figures.Tables.Single(t => t.Key == "paid-work").Rows.Single(r => r.Header.StartsWith("Everyone who has ever joined", StringComparison.Ordinal)).Cells[0].Text;

    [Fact]
    public async Task TheRefreshJob_IsRegisteredByName_WithTheConfiguredCron()
    {
        await using var factory = await SiteAsync("*/5 * * * *");

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RefreshStatisticsJob.JobId);

        Assert.Equal(("*/5 * * * *", typeof(RefreshStatisticsJob)), (job.Cron, job.Job.Type));
    }

    [Fact]
    public async Task ABadCron_StopsStartUp_NamingTheSetting()
    {
        await using var factory = await SiteAsync("every ten minutes");

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Statistics:RefreshCron is not a cron expression", error.ToString(), StringComparison.Ordinal);
    }

    private static Task<WebApplicationFactory<Program>> SiteAsync(string cron) => ConfiguredSite.StartAsync(new Dictionary<string, string>
    {
        ["Hangfire:ServerEnabled"] = "true",
        ["Statistics:RefreshCron"] = cron,
    });
}
