using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Employment.Core.Accounts;
using Employment.Core.EhcPlans;
using Employment.Tests.EhcPlans;
using Employment.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Employment.EndToEnd;

/// <summary>Uploading an EHC plan and reviewing what was read, in a real browser at 320px: axe WCAG 2.2 AA, no sideways scrolling, with and without errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanUploadBrowserTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>A reading with one suggestion of each kind, for pages that need a draft read from a plan.</summary>
    public static readonly PlanReading SampleReading = new(
        new("Sam", new("Details", "Name: Sam Patel")), new("Patel", new("Details", "Name: Sam Patel")),
        new(new DateOnly(2008, 5, 11), new("Details", "Date of birth: 11 May 2008")), null,
        new(new DateOnly(2026, 4, 1), new("Details", "Date plan issued: 1 April 2026")), new(new DateOnly(2027, 4, 1), new("Details", "Next review: April 2027")),
        [new("I want to work in a cafe making coffee.", new("A", "I want to work in a cafe making coffee."))],
        [new("9266", "Coffee shop workers", "barista", new("A", "I want to work in a cafe making coffee."))],
        [new("teamwork", new("B", "Sam works well with others in a team."))],
        [new("written_instructions", new("F", "Sam needs written instructions for new tasks."))],
        [], ["A", "B", "E", "F"]);

    [Fact]
    public async Task Coach_UploadsABadFileThenAPlan_AndReviewsIt_AndThePagesPassAxeAt320Pixels()
    {
        var coach = await browser.App.CreateUserAsync(Roles.Coach);
        var page = await browser.NewPageAsync(width: 320, height: 700);
        await BrowserFixture.SignInAsync(page, coach.Email!, WebAppFixture.Password);
        await page.GotoAsync("/coach/caseload");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a person from their EHC plan" }).ClickAsync();
        var problems = await CheckAsync(page, "Upload");

        await page.GetByLabel("Upload the plan").SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "hello"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the plan" }).ClickAsync();
        Assert.Contains("notes.txt could not be read", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        problems.AddRange(await CheckAsync(page, "Upload (with an error)"));

        await page.GetByLabel("Upload the plan").SetInputFilesAsync(new FilePayload { Name = "plan.docx", MimeType = "application/octet-stream", Buffer = PlanUploadPageTests.GeneratedPlan() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the plan" }).ClickAsync();
        Assert.EndsWith("/plan", page.Url, StringComparison.Ordinal);
        Assert.Contains("Check what was read from the plan", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        problems.AddRange(await CheckAsync(page, "Review"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync());
        problems.AddRange(await CheckAsync(page, "Review (with errors)"));

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
