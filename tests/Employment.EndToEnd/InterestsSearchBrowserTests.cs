using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Employment.EndToEnd;

/// <summary>Finding a job in everyday words on the careers profile's interests page, in a real browser at 320px: axe WCAG 2.2 AA, no sideways scrolling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InterestsSearchBrowserTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Fact]
    public async Task Coach_SearchesForCafe_AddsCoffeeShopWorkers_AndThePagesPassAxe()
    {
        var coach = await browser.App.CreateUserAsync(Roles.Coach);
        var page = await browser.NewPageAsync(width: 320, height: 700);
        await BrowserFixture.SignInAsync(page, coach.Email!, WebAppFixture.Password);
        await page.GotoAsync("/coach/caseload");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a person" }).ClickAsync();
        await page.GotoAsync(page.Url.Replace("/about", "/interests", StringComparison.Ordinal));

        var problems = new List<string>();
        await page.GetByLabel("Search for a kind of job").FillAsync("cafe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        Assert.StartsWith("Coffee shop workers", await page.Locator("#search-results .govuk-radios__label").First.InnerTextAsync(), StringComparison.Ordinal);
        problems.AddRange(await CheckAsync(page, "Jobs found"));

        await page.Locator("#search-results .govuk-radios__label").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to their choices" }).ClickAsync();
        Assert.Equal("9266", await page.Locator("select#FirstChoice-select, select#FirstChoice").First.InputValueAsync());
        problems.AddRange(await CheckAsync(page, "Job added"));

        await page.GetByLabel("Search for a kind of job").FillAsync("xyzzy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        Assert.Contains("No jobs match", await page.Locator("#search-results").InnerTextAsync(), StringComparison.Ordinal);
        problems.AddRange(await CheckAsync(page, "Nothing found"));

        await page.GetByLabel("Search for a kind of job").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync());
        problems.AddRange(await CheckAsync(page, "No words"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task<List<string>> CheckAsync(IPage page, string label)
    {
        var problems = (await page.RunAxe(WcagAa)).Violations
            .Select(v => $"{label}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] > widths[1])
        {
            problems.Add($"{label}: the page is {widths[0]}px wide in a {widths[1]}px window");
        }
        return problems;
    }
}
