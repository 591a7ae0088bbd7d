using Employment.Core.Accounts;
using Employment.Core.Statistics;
using Employment.Seed;
using Employment.Tests.Infrastructure;
using Employment.Tests.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Employment.Tests.Statistics;

/// <summary>
/// The attacker's view of the demo world's dashboard (decision 0062): for every pair of filter sets differing in one
/// value, for a quarter and its financial year, no hidden cell can be worked out by subtraction.
/// </summary>
[Collection("Database")]
public sealed class DifferencingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.Context();
        await DemoDataLoader.LoadAsync(db, DefaultDemoWorld.FreshCopy(), new PasswordHasher<AppUser>(), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task NoHiddenCellOfTheDemoWorld_CanBeWorkedOutByDifferencing()
    {
        var today = DefaultDemoWorld.Today;
        var quarter = Period.QuarterContaining(Period.QuarterContaining(today).From.AddDays(-1));
        await using (var db = _database.Context())
        {
            await new StatisticsSnapshotBuilder(db, TimeProvider.System).BuildAsync(today);
        }
        List<int> councils;
        await using (var db = _database.Context())
        {
            councils = await db.JobSeekers.Select(j => j.LocalAuthorityId).Distinct().OrderBy(id => id).ToListAsync();
        }

        var result = await new DifferencingCheck(_database.Context).RunAsync(quarter, today, councils);

        output.WriteLine($"{result.FilterSets} dashboards, {result.PairsChecked:N0} filter-set pairs checked, {result.HiddenCells:N0} hidden cells, {result.Recovered.Count} recoverable");
        Assert.True(result.PairsChecked > 1000, $"{result.PairsChecked} pairs");
        Assert.True(result.HiddenCells > 0, "the demo world has small counts to hide");
        Assert.True(result.Contradictions.Count == 0, DifferencingCheck.FirstContradiction);
        Assert.Empty(result.Recovered);
    }

    [Fact]
    public void TheAttackerReadsRoundedAndSuppressedCellsAsRanges()
    {
        Assert.Equal((0, 4, true), DifferencingCheck.Range("fewer than 5"));
        Assert.Equal((5, 7, false), DifferencingCheck.Range("5"));
        Assert.Equal((1_233, 1_237, false), DifferencingCheck.Range("1,235"));
        Assert.Null(DifferencingCheck.Range("12.5%"));
    }
}
