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
using Npgsql;

namespace Employment.Tests.Statistics;

/// <summary>The demo world gives the dashboard real figures: spells for every start, and members with a start date.</summary>
[Collection("Database")]
public sealed class DemoWorldStatisticsTests : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;

    public async Task InitializeAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync());
        await using var db = Db();
        await DemoDataLoader.LoadAsync(db, DefaultDemoWorld.FreshCopy(), new PasswordHasher<AppUser>(), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    private EmploymentDbContext Db() => new(DbContextOptionsSetup.For(_dataSource));

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
}
