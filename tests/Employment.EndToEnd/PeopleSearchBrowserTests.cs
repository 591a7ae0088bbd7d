using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Employment.EndToEnd;

/// <summary>The administrator's people search on a 320px-wide screen: axe WCAG 2.2 AA and no sideways scrolling, with and without errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PeopleSearchBrowserTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Fact]
    public async Task PeopleSearch_AssignSelected_AndAssignAll_At320PixelsWide_PassAxe_AndAssign()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var admin = await browser.App.CreateUserAsync(Roles.Admin);
        var coach = await browser.App.CreateUserAsync(Roles.Coach);
        // A long council name and a long unbroken council system id are the widest things a row can hold.
        var person = await browser.App.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId($"WIDE-{token}-{new string('9', 40)}").InCouncil("E06000058"));
        await browser.App.TestData.CreateJobSeekerAsync(p => p.Named("", "").WithSourceId($"WIDE-{token}-2"));
        var page = await browser.NewPageAsync(width: 320, height: 640);
        await BrowserFixture.SignInAsync(page, admin.Email!, WebAppFixture.Password);
        var problems = new List<string>();

        await page.GotoAsync($"/admin/people?Search.SourceId=WIDE-{token}&Search.Coach=none");
        problems.AddRange(await CheckAsync(page, "results"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign selected people" }).ClickAsync();
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync());
        problems.AddRange(await CheckAsync(page, "results (with errors)"));

        await page.GetByLabel($"Person WIDE-{token}-{new string('9', 40)}").CheckAsync();
        await page.GetByLabel("Assign selected to").SelectOptionAsync(coach.Id.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign selected people" }).ClickAsync();
        Assert.Contains("1 person is now on", await page.Locator(".govuk-notification-banner").TextContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Assign all 1 person matching this search to a job coach" }).ClickAsync();
        problems.AddRange(await CheckAsync(page, "assign all"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign all 1 person" }).ClickAsync();
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync());
        problems.AddRange(await CheckAsync(page, "assign all (with errors)"));

        await page.GotoAsync($"/admin/people/{person.Id}/assign");
        problems.AddRange(await CheckAsync(page, "assign one"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<List<string>> CheckAsync(IPage page, string label)
    {
        var problems = new List<string>();
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            problems.Add($"{label}: scrolls sideways by {overflow}px at 320px wide");
        }
        var results = await page.RunAxe(WcagAa);
        problems.AddRange(results.Violations.Select(v => $"{label}: {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        return problems;
    }
}
