using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Placements;
using Employment.Core.Statistics;
using Employment.Seed;
using Employment.Tests.Infrastructure;
using Employment.Tests.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Statistics;

/// <summary>The demo world gives the dashboard real figures: spells for every start, and members with a start date.</summary>
[Collection("Database")]
public sealed class DemoWorldStatisticsTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = Db();
        await DemoDataLoader.LoadAsync(db, DefaultDemoWorld.FreshCopy(), new PasswordHasher<AppUser>(), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private EmploymentDbContext Db() => _database.Context();

    [Fact]
    public async Task Dashboard_ForTheLastQuarter_ShowsPeopleInPaidWorkAndEveryMemberHasAStart()
    {
        await using var db = Db();
        var today = DefaultDemoWorld.Today;
        var quarter = Period.QuarterContaining(Period.QuarterContaining(today).From.AddDays(-1));

        var figures = await new Dashboard(db).BuildAsync(StatisticsFilter.All, quarter, today);

        var inWork = figures.Tables.Single(t => t.Key == "paid-work").Rows.Single(r => r.Header.StartsWith("In paid work", StringComparison.Ordinal)).Cells[0].Text;
        Assert.True(int.TryParse(inWork, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("en-GB"), out var count) && count >= 5, inWork);
        Assert.Contains(figures.Trends[1].Points, p => p.Value >= 5);
        Assert.Equal(await db.PlacementEvents.CountAsync(e => e.Type == PlacementEventType.Started), await db.Set<PlacementSpell>().CountAsync());
        Assert.False(await db.Employers.AnyAsync(e => e.DcLevel != DisabilityConfidentLevel.None && e.DcSince == null));
    }

    /// <summary>
    /// The snapshot gives exactly the live answers for every measure, period and filter the dashboard offers: each council,
    /// kind, age band and level on its own, and some together (decision 0027).
    /// </summary>
    [Fact]
    public async Task Snapshot_GivesTheLiveAnswers_ForEveryFilterAndPeriod()
    {
        await using var db = Db();
        var today = DefaultDemoWorld.Today;
        var snapshot = await new StatisticsSnapshotBuilder(db, TimeProvider.System).BuildAsync(today);
        var latest = Period.QuarterContaining(today);
        IReadOnlyList<Period> periods = [.. Enumerable.Range(0, 12).Select(i => Period.QuarterContaining(latest.From.AddMonths(-3 * i))),
            .. Enumerable.Range(0, 4).Select(i => Period.FinancialYearContaining(today.AddYears(-i)))];
        var councils = await db.JobSeekers.Select(j => j.LocalAuthorityId).Distinct().ToListAsync();
        var kinds = Enum.GetValues<Employment.Core.Opportunities.OpportunityKind>();
        var filters = new List<StatisticsFilter> { StatisticsFilter.All };
        filters.AddRange(councils.Select(c => new StatisticsFilter(LocalAuthorityId: c)));
        filters.AddRange(kinds.Select(k => new StatisticsFilter(Kind: k)));
        filters.AddRange(Enum.GetValues<AgeBand>().Select(a => new StatisticsFilter(AgeBand: a)));
        filters.AddRange(Enum.GetValues<DisabilityConfidentLevel>().Select(l => new StatisticsFilter(DcLevel: l)));
        filters.Add(new StatisticsFilter(councils[0], Employment.Core.Opportunities.OpportunityKind.PaidJob, AgeBand.Age25To34, DisabilityConfidentLevel.Committed));
        filters.Add(new StatisticsFilter(councils[^1], Employment.Core.Opportunities.OpportunityKind.SupportedInternship, AgeBand.Age16To24));
        filters.Add(new StatisticsFilter(Kind: Employment.Core.Opportunities.OpportunityKind.Apprenticeship, DcLevel: DisabilityConfidentLevel.Leader));
        var live = new OutcomeMeasures(db);
        var stored = new SnapshotMeasures(db, snapshot);
        var nonZero = 0;

        foreach (var filter in filters)
        {
            var work = await live.InPaidWorkAsync(filter, periods, today);
            Assert.Equal(work, await stored.InPaidWorkAsync(filter, periods, today));
            Assert.Equal(await live.StartsAsync(filter, periods, today), await stored.StartsAsync(filter, periods, today));
            Assert.Equal(await live.SustainedAsync(filter, periods, today), await stored.SustainedAsync(filter, periods, today));
            Assert.Equal(await live.JobOutcomesAsync(filter, periods, today), await stored.JobOutcomesAsync(filter, periods, today));
            Assert.Equal(await live.InternshipsAsync(filter, periods, today), await stored.InternshipsAsync(filter, periods, today));
            Assert.Equal(await live.TimeToFirstJobAsync(filter, periods, today), await stored.TimeToFirstJobAsync(filter, periods, today));
            nonZero += work.Count(w => w.InPaidWork > 0);
        }
        // The comparison means something only if the demo world has people in work under most filters.
        Assert.True(nonZero > filters.Count * 4, $"{nonZero} non-zero in-work figures");
    }

    [Fact]
    public async Task Dashboard_ReadsTodaysSnapshot_AndSaysWhenItWasWorkedOut()
    {
        await using var db = Db();
        var today = DefaultDemoWorld.Today;
        var quarter = Period.QuarterContaining(today);
        var live = await new Dashboard(db).BuildAsync(StatisticsFilter.All, quarter, today);
        var snapshot = await new StatisticsSnapshotBuilder(db, TimeProvider.System).BuildAsync(today);

        var stored = await new Dashboard(db).BuildAsync(StatisticsFilter.All, quarter, today);
        var tomorrow = await new Dashboard(db).BuildAsync(StatisticsFilter.All, quarter, today.AddDays(1));

        Assert.Null(live.WorkedOutAt);
        Assert.Equal(snapshot.BuiltAt, stored.WorkedOutAt);
        Assert.Equal(Cells(live), Cells(stored));
        Assert.Null(tomorrow.WorkedOutAt);
    }

    private static List<string> Cells(DashboardFigures figures) =>
        figures.AllTables.SelectMany(t => t.Rows.SelectMany(r => r.Cells.Select(c => $"{t.Key}/{r.Header}: {c.Text}"))).ToList();
}
