using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Statistics.Costs;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Statistics;

/// <summary>Each council's further education costs: set by an administrator, kept as a history, used by the adviser's estimate.</summary>
public sealed class FurtherEducationCostsTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await app.WithDbAsync(async db =>
    {
        if (!db.JobSeekers.Any(j => j.LastName == OutcomeWorld.Surnames[0]))
        {
            await OutcomeWorld.AddToAsync(db);
        }
        return 0;
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnAdministratorSetsACouncilsCosts_TheEstimateForThatCouncilUsesThem_AndTheHistorySaysWho()
    {
        var (admin, user) = await SignedInAsync(Roles.Admin);
        var leicester = await app.WithDbAsync(db => db.LocalAuthorities.SingleAsync(l => l.OnsCode == "E06000016"));
        var page = $"/admin/further-education-costs/{leicester.Id}";
        Assert.Equal(["£14,100", "£19,100"], await CostsShownAsync(admin, $"/adviser?period=2025-q1&council={leicester.Id}"));

        using var saved = await Forms.PostAsync(admin, page, page,
            new Dictionary<string, string> { ["YearLow"] = "£15,250", ["YearHigh"] = "21000", ["Source"] = "Leicester SEND strategy 2025", ["SeenVersion"] = "0" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["£15,250", "£21,000"], await CostsShownAsync(admin, $"/adviser?period=2025-q1&council={leicester.Id}"));
        // All councils, and a council without its own figures, keep Stoke-on-Trent's.
        Assert.Equal(["£14,100", "£19,100"], await CostsShownAsync(admin, "/adviser?period=2025-q1"));
        var history = await Forms.ReadAsync(await admin.GetAsync(page));
        Assert.Contains(user.DisplayName, history.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var definitions = await Forms.ReadAsync(await admin.GetAsync("/adviser/definitions"));
        var row = definitions.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == leicester.Name);
        Assert.Contains("£15,250", row.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fourteen", "19100", "Leicester", "Enter the cost of a year of further education as an amount in pounds, like £14,100")]
    [InlineData("500", "19100", "Leicester", "The cost of a year of further education must be between £1,000 and £100,000")]
    [InlineData("14100", "150,000", "Leicester", "The cost of a year of specialist provision must be between £1,000 and £100,000")]
    [InlineData("14100", "9000", "Leicester", "The cost of specialist provision must be at least the cost of further education: it is the high estimate")]
    [InlineData("14100", "19100", " ", "Enter where the figures come from, like the council's strategy and its year")]
    [InlineData("", "19100", "Leicester", "Enter the cost of a year of further education, like £14,100")]
    public async Task BadFigures_AreExplainedOnTheField_AndNothingIsSaved(string low, string high, string source, string message)
    {
        var (admin, _) = await SignedInAsync(Roles.Admin);
        var stoke = await app.WithDbAsync(db => db.LocalAuthorities.SingleAsync(l => l.OnsCode == "E06000021"));
        var page = $"/admin/further-education-costs/{stoke.Id}";

        using var refused = await Forms.PostAsync(admin, page, page,
            new Dictionary<string, string> { ["YearLow"] = low, ["YearHigh"] = high, ["Source"] = source, ["SeenVersion"] = "0" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal([message], Forms.ErrorSummary(await Forms.ReadAsync(refused)));
        Assert.False(await app.WithDbAsync(db => db.Set<FurtherEducationCosts>().AnyAsync(c => c.LocalAuthorityId == stoke.Id)));
    }

    [Fact]
    public async Task TwoAdministratorsSavingFromTheSameFigures_TheSecondIsToldAndNothingIsOverwritten()
    {
        var council = await app.WithDbAsync(db => db.LocalAuthorities.OrderBy(l => l.Id).Skip(5).FirstAsync());
        var first = await app.WithDbAsync(db => new FurtherEducationCostsService(db, TimeProvider.System).SaveAsync(council.Id, 0, 12_000m, 18_000m, "First", null));
        var second = await app.WithDbAsync(db => new FurtherEducationCostsService(db, TimeProvider.System).SaveAsync(council.Id, 0, 13_000m, 20_000m, "Second", null));

        Assert.True(first.Succeeded);
        Assert.Contains("Someone else changed these figures", Assert.Single(second.Problems).Message, StringComparison.Ordinal);
        var inUse = await app.WithDbAsync(db => FurtherEducationCostsService.InUseAsync(db, council.Id));
        Assert.Equal((12_000m, "First", 1), (inUse.YearLow, inUse.Source, inUse.Version));
        var third = await app.WithDbAsync(db => new FurtherEducationCostsService(db, TimeProvider.System).SaveAsync(council.Id, 1, 13_000m, 20_000m, "Third", null));
        Assert.True(third.Succeeded);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<FurtherEducationCosts>().CountAsync(c => c.LocalAuthorityId == council.Id)));
    }

    private static async Task<string[]> CostsShownAsync(HttpClient client, string path)
    {
        var page = await Forms.ReadAsync(await client.GetAsync(path));
        var table = page.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.StartsWith("Estimated further education cost", StringComparison.Ordinal));
        return table.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
    }

    private async Task<(HttpClient Client, AppUser User)> SignedInAsync(string role)
    {
        var client = app.CreateClient();
        var user = await app.CreateUserAsync(role);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password)).StatusCode);
        return (client, user);
    }
}
