using System.Globalization;
using System.Net;
using Employment.Core.Accounts;
using Employment.Matching;
using Employment.Matching.Ranking;
using Employment.Tests.Infrastructure;
using Employment.Tests.Matching.Pages;
using Employment.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Employment.Tests.Matching.Fairness;

public sealed class FairnessPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task BeforeAnyRetrain_ThePageSaysThereIsNoReportYet_AndAfterOne_ShowsTheStoredReportAndWhenItWasMade()
    {
        await app.WithDbAsync(async db => { await FairnessWorld.SeedAsync(db); return 0; });
        var (client, _) = await MatchPages.SignedInAsync(app, Roles.Admin);

        var before = await Forms.ReadAsync(await client.GetAsync("/admin/fairness"));

        Assert.Contains("There is no fairness report yet", before.QuerySelector(".app-fairness-none")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(before.QuerySelectorAll(".app-fairness-table"));

        var madeAt = new DateTimeOffset(2026, 3, 4, 2, 15, 0, TimeSpan.Zero);
        var version = await app.WithDbAsync(async db =>
        {
            var matching = new MatchingService(db, app.Factory.Services.GetRequiredService<MatchRanker>(), TestClock.At(madeAt));
            await new RetrainRankerJob(matching, NullLogger<RetrainRankerJob>.Instance).ExecuteAsync(CancellationToken.None);
            return await db.RankerModels.MaxAsync(m => m.Id);
        });
        var stored = await app.WithDbAsync(db => db.FairnessReports.AsNoTracking().ToListAsync());
        var record = Assert.Single(stored);
        Assert.Equal(madeAt, record.MadeAt);
        Assert.Equal(version, record.RetrainedVersion);
        Assert.Equal(await app.WithDbAsync(db => db.RankerModels.Where(m => m.IsCurrent).Select(m => (int?)m.Id).SingleOrDefaultAsync()), record.ModelVersion);

        var page = await Forms.ReadAsync(await client.GetAsync("/admin/fairness"));

        Assert.Equal("Fairness of suggested matches", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".app-fairness-none"));
        var local = TimeZoneInfo.ConvertTime(madeAt, TimeZoneInfo.Local);
        Assert.Contains($"Made on {local.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"))}", page.QuerySelector(".app-fairness-made")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"model v{version}", page.QuerySelector(".app-fairness-made")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/admin/fairness']"));
        var captions = page.QuerySelectorAll(".app-fairness-table caption").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Age band", "Travel mode", "Number of support needs", "Council"], captions);
        Assert.Contains("a job coach decides", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll(".app-fairness-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("16 to 24", StringComparison.Ordinal) && r.Contains('%', StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Leicester", StringComparison.Ordinal));
        if (FairnessWorld.OlderHeldOut() > 0)
        {
            var older = Assert.Single(rows, r => r.Contains("50 and over", StringComparison.Ordinal));
            Assert.Contains("Fewer than 5", older, StringComparison.Ordinal);
            Assert.DoesNotContain("%", older, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.Coach)]
    [InlineData(Roles.Employer)]
    [InlineData(Roles.Adviser)]
    public async Task OthersThanAdmins_AreRefused(string role)
    {
        var (client, _) = await MatchPages.SignedInAsync(app, role);

        using var response = await client.GetAsync("/admin/fairness");

        var location = response.Headers.Location?.ToString() ?? "";
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || location.Contains("/access-denied", StringComparison.Ordinal),
            $"Expected a refusal, got {(int)response.StatusCode} {location}");
    }
}
