using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Tests.Matching.Pages;

namespace Employment.Tests.Matching.Fairness;

public sealed class FairnessPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Admin_SeesTablesByGroup_WithSmallGroupsSuppressed()
    {
        await app.WithDbAsync(async db => { await FairnessWorld.SeedAsync(db); return 0; });
        var (client, _) = await MatchPages.SignedInAsync(app, Roles.Admin);

        var page = await Forms.ReadAsync(await client.GetAsync("/admin/fairness"));

        Assert.Equal("Fairness of suggested matches", page.QuerySelector("h1")!.TextContent.Trim());
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
