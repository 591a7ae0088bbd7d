using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Employment.Tests.Infrastructure;
using Employment.Tests.MyView;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Employment.EndToEnd;

/// <summary>The job seeker's own pages in a real browser on a 320px-wide phone screen: axe WCAG 2.2 AA, no sideways scrolling, and a text alternative for every picture.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MyViewBrowserTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>Problems with pictures, found in the page as the browser built it: no alt, decorative with no words beside it, or not loaded.</summary>
    private const string PictureProblems = """
        () => [...document.querySelectorAll('main img, main svg')].flatMap(el => {
            const label = el.tagName === 'IMG' ? el.getAttribute('alt') : el.getAttribute('aria-label');
            const words = (el.parentElement.textContent || '').trim();
            const problems = [];
            if (el.tagName === 'IMG' && label === null) problems.push('no alt: ' + el.outerHTML);
            if ((label === null || label.trim() === '') && words === '') problems.push('decorative with no words beside it: ' + el.outerHTML);
            if (el.tagName === 'svg' && label === null && el.getAttribute('aria-hidden') !== 'true') problems.push('svg with no label: ' + el.outerHTML);
            if (el.tagName === 'IMG' && !(el.complete && el.naturalWidth > 0)) problems.push('not loaded: ' + el.getAttribute('src').slice(0, 60));
            return problems;
        })
        """;

    [Fact]
    public async Task ThePersonsOwnPages_ByTheirLink_At320PixelsWide_PassAxe()
    {
        var world = await MyViewWorld.CreateAsync(browser.App, 50);
        var page = await browser.NewPageAsync(width: 320, height: 640);
        await page.GotoAsync(world.LinkPath);
        Assert.EndsWith("/my", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        var problems = new List<string>();
        foreach (var path in new[] { "/my", "/my/jobs", $"/my/jobs/{world.Job.Id}/not-for-me", "/my/my-jobs" })
        {
            await page.GotoAsync(path);
            problems.AddRange(await CheckAsync(page, path));
        }

        await page.GotoAsync($"/my/jobs/{world.Job.Id}/not-for-me");
        await page.GetByRole(AriaRole.Button, new() { Name = "Not for me" }).ClickAsync();
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync());
        problems.AddRange(await CheckAsync(page, "Not for me (with errors)"));

        await page.GotoAsync("/my/jobs");
        await page.GetByRole(AriaRole.Button, new() { Name = "I like this" }).ClickAsync();
        Assert.Contains("We told your coach you like", await page.Locator(".govuk-notification-banner").TextContentAsync(), StringComparison.Ordinal);
        problems.AddRange(await CheckAsync(page, "Jobs for me (after an answer)"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Close my page" }).ClickAsync();
        problems.AddRange(await CheckAsync(page, "Closed"));
        await page.GotoAsync(world.LinkPath + "-old");
        problems.AddRange(await CheckAsync(page, "Link does not work"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task TheCoachsPages_WithThePersonBeside_AndThePrintableLink_At320PixelsWide_PassAxe()
    {
        var world = await MyViewWorld.CreateAsync(browser.App, 51);
        var page = await browser.NewPageAsync(width: 320, height: 640);
        await BrowserFixture.SignInAsync(page, world.Coach.Email!, WebAppFixture.Password);

        var problems = new List<string>();
        var basePath = $"/job-seekers/{world.Person.Id}/with-me";
        foreach (var path in new[] { basePath, basePath + "/jobs", $"{basePath}/jobs/{world.Job.Id}/not-for-me", basePath + "/my-jobs", $"/job-seekers/{world.Person.Id}" })
        {
            await page.GotoAsync(path);
            problems.AddRange(await CheckAsync(page, path));
        }

        await page.GotoAsync($"/job-seekers/{world.Person.Id}/personal-link");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a new link" }).ClickAsync();
        Assert.True(await page.Locator("img.app-qr-code").IsVisibleAsync());
        problems.AddRange(await CheckAsync(page, "Personal link (new)"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// A screen is 568 CSS pixels tall: the smallest phone still in common use (320 × 568, iPhone SE first generation),
    /// so "two screens" is 1,136 pixels for the whole page, header and footer included (docs/decisions/0069).
    /// </summary>
    private const int Screen = 568;

    /// <summary>Width, height and text of each answer button, and the words of every link on the page.</summary>
    private const string AnswerButtons = """
        () => [...document.querySelectorAll('form.app-answers button')].map(b => { const r = b.getBoundingClientRect(); return [r.width, r.height]; })
        """;

    private const string LinkWords = "() => [...document.querySelectorAll('a, button')].map(a => a.textContent.trim())";

    [Fact]
    public async Task JobsForMe_At320PixelsWide_FitsEachJobInTwoScreens_WithNoStaffLinks_AndThreeEqualAnswerButtons()
    {
        var world = await MyViewWorld.CreateAsync(browser.App, 52, jobTitle: "Kitchen assistant");
        var centre = Employment.Tests.Matching.Pages.MatchWorld.Centre(52);
        await browser.App.WithDbAsync(async db =>
        {
            // The longest a job gets: a long title and employer, every kind of help offered, and unpaid.
            var busy = await Employment.Tests.Matching.Pages.MatchWorld.OpportunityAsync(db, centre, "Garden centre plant care assistant", 0.02, o =>
            {
                o.AdjustmentsOffered = ["easy_read_information", "visual_schedule", "written_instructions", "extra_training_time", "job_coach_on_site", "quiet_workspace", "regular_breaks"];
                o.Kind = Employment.Core.Opportunities.OpportunityKind.WorkExperience;
                o.HourlyPay = null;
                o.PayBand = null;
            });
            return busy;
        });
        var page = await browser.NewPageAsync(width: 320, height: Screen);
        await page.GotoAsync(world.LinkPath);

        var problems = new List<string>();
        for (var number = 1; number <= 2; number++)
        {
            var path = number == 1 ? "/my/jobs" : $"/my/jobs?job={number}";
            await page.GotoAsync(path);
            problems.AddRange(await CheckAsync(page, path));
            Assert.Equal($"Job {number} of 2", (await page.Locator(".app-job .govuk-caption-m").TextContentAsync())!.Trim());

            var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
            if (height >= 2 * Screen)
            {
                problems.Add($"{path}: {height}px tall, two screens are {2 * Screen}px");
            }
            var words = await page.EvaluateAsync<string[]>(LinkWords);
            problems.AddRange(words.Where(w => w.Contains("Sign in", StringComparison.Ordinal) || w.Contains("Register your organisation", StringComparison.Ordinal) || w.Contains("Sign out", StringComparison.Ordinal))
                .Select(w => $"{path}: staff link \"{w}\""));
            var buttons = await page.EvaluateAsync<double[][]>(AnswerButtons);
            Assert.Equal(3, buttons.Length);
            if (buttons.Any(b => Math.Abs(b[0] - buttons[0][0]) > 1 || Math.Abs(b[1] - buttons[0][1]) > 1))
            {
                problems.Add($"{path}: answer buttons differ in size: {string.Join("; ", buttons.Select(b => $"{b[0]:0}×{b[1]:0}"))}");
            }
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Back" }).ClickAsync();
        Assert.EndsWith("/my/jobs", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Not for me" }).ClickAsync();
        Assert.EndsWith("/not-for-me", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task InWork_AndTheShortLink_At320PixelsWide_PassAxe()
    {
        var world = await MyViewWorld.CreateAsync(browser.App, 53);
        await using (var scope = browser.App.Factory.Services.CreateAsyncScope())
        {
            var code = (await scope.ServiceProvider.GetRequiredService<Employment.Core.JobSeekers.PersonalLinkService>().CreateAsync(world.Person.Id, world.Coach.Id)).ShortCode;
            var page = await browser.NewPageAsync(width: 320, height: Screen);
            var problems = new List<string>();

            await page.GotoAsync($"/go/{Employment.Core.JobSeekers.PersonalLink.ShowShortCode(code)}");
            Assert.EndsWith("/my", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

            await browser.App.TestData.CreatePlacementAsync(p => p.For(world.Person.Id).At(world.Job.Id).ByCoach(world.Coach.Id)
                .Then(Employment.Core.Placements.PlacementEventType.Started, DateOnly.FromDateTime(DateTime.Today).AddDays(-7), 16m));
            await page.GotoAsync("/my/jobs");
            Assert.Contains("I have a job now.", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
            problems.AddRange(await CheckAsync(page, "Jobs for me (in work)"));

            await page.GotoAsync("/go/ABCD-2345");
            problems.AddRange(await CheckAsync(page, "Short link that does not work"));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    private static async Task<List<string>> CheckAsync(IPage page, string label)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var results = await page.RunAxe(WcagAa);
        var problems = results.Violations
            .Select(v => $"{label}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        if (await page.Locator("h1").CountAsync() != 1)
        {
            problems.Add($"{label}: page should have exactly one h1");
        }
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            problems.Add($"{label}: scrolls sideways by {overflow}px at 320px wide");
        }
        problems.AddRange((await page.EvaluateAsync<string[]>(PictureProblems)).Select(p => $"{label}: {p}"));
        return problems;
    }
}
