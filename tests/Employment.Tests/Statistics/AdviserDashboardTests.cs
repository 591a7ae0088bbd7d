using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Statistics;
using Employment.Tests.Infrastructure;
using Employment.Tests.Security;

namespace Employment.Tests.Statistics;

public sealed class AdviserDashboardTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IAsyncLifetime
{
    private static readonly string[] TableKeys =
        ["paid-work", "ascof-baselines", "starts", "sustained", "job-outcomes", "internships", "cost-avoided", "first-job", "disability-confident", "posted",
         "trend-paid-work", "trend-jobs-started", "trend-sustained"];

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
    public async Task Dashboard_HidesACountOfThreeAndAShareWhoseNumeratorIsTwo()
    {
        using var client = await SignedInAsync(Roles.Adviser);

        var page = await Forms.ReadAsync(await client.GetAsync("/adviser?period=2025-q1"));

        // In paid work on 31 March 2025: A, C and D (3); two of them work 16 hours or more.
        var rows = page.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.StartsWith("People in paid work", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray());
        Assert.Equal([Suppression.FewerThanFive, Suppression.NotShown], rows["In paid work (any hours)"]);
        // When "in paid work" is hidden, both hours bands are, or adding them up would show it (decision 0062).
        Assert.Equal([Suppression.NotShown, Suppression.NotShown], rows["Working 16 hours a week or more"]);
        Assert.Equal([Suppression.NotShown, Suppression.NotShown], rows["Working under 16 hours a week"]);
        Assert.DoesNotContain(page.QuerySelectorAll("td"), c => c.TextContent.Trim() is "3" or "2");
        Assert.Equal(3, page.QuerySelectorAll("svg[role=img] title").Length);
    }

    [Fact]
    public async Task Export_UsesTheSameSuppressionAsThePage()
    {
        using var client = await SignedInAsync(Roles.Adviser);

        var response = await client.GetAsync("/adviser/tables/paid-work.csv?period=2025-q1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.TrimStart('\uFEFF').Split("\r\n");
        Assert.True(lines.Length > 3, text);
        // The rows saying what the file covers come first (OpenDataTests), then a blank row and the table.
        Assert.Equal("Measure,People,Share of the active caseload", lines[Array.IndexOf(lines, "") + 1]);
        Assert.True(lines.Contains("In paid work (any hours),fewer than 5,not shown"), text);
        Assert.Contains("Working 16 hours a week or more,not shown,not shown", lines);
    }

    [Fact]
    public async Task Export_OfAnUnknownTableIsNotFound()
    {
        using var client = await SignedInAsync(Roles.Adviser);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/adviser/tables/people.csv")).StatusCode);
    }

    [Fact]
    public async Task Filters_NotOnTheListsAreExplained()
    {
        using var client = await SignedInAsync(Roles.Adviser);

        var page = await Forms.ReadAsync(await client.GetAsync("/adviser?period=1999-q9&council=abc&kind=Bakery&age=Age90&level=Gold"));

        Assert.Equal(
            ["Select a period from the list", "Select a council from the list", "Select a kind of opportunity from the list", "Select an age band from the list", "Select a Disability Confident level from the list"],
            Forms.ErrorSummary(page));
    }

    [Fact]
    public async Task EveryRouteAnAdviserCanReach_ShowsNoPersonsName()
    {
        using var client = await SignedInAsync(Roles.Adviser);
        var names = await app.WithDbAsync(async db => await Task.FromResult(db.JobSeekers.Select(j => new[] { j.FirstName, j.LastName }).ToList()));
        Assert.Contains(names, n => n[1] == OutcomeWorld.Surnames[0]);
        var paths = Endpoints.All(app.Factory.Services)
            .Where(r => r.Method is "GET" or "*" && AccessTable.Rules[r.Key].Contains(Roles.Adviser) && r.Key != "GET /sign-out")
            .SelectMany(r => r.Pattern == "/adviser/tables/{table}.csv"
                ? TableKeys.SelectMany(k => new[] { $"/adviser/tables/{k}.csv?period=2025-q1", $"/adviser/tables/{k}.csv?period=2024-25&council=1" })
                : r.Pattern.Contains('{', StringComparison.Ordinal) ? [AccessTable.SamplePath(r.Pattern)] : [r.Pattern, r.Pattern + "?period=2025-q1"])
            .ToList();
        Assert.Contains("/adviser/definitions", paths);

        foreach (var path in paths)
        {
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            foreach (var name in names.SelectMany(n => n).Where(n => n.Length > 0))
            {
                Assert.False(body.Contains(name, StringComparison.OrdinalIgnoreCase), $"{path} shows the name {name}");
            }
        }
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var client = app.CreateClient();
        var user = await app.CreateUserAsync(role);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password)).StatusCode);
        return client;
    }
}
