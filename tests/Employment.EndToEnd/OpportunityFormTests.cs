using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Employment.EndToEnd;

/// <summary>The opportunity and organisation forms in a real browser: the occupation autocomplete, and errors that pass axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OpportunityFormTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Fact]
    public async Task Occupation_TypingCleanOffersCleanersAndDomestics_AndChoosingItPostsCode9223()
    {
        var (page, employerId, siteId) = await SignedInEmployerAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        await page.GotoAsync("/employer/opportunities/new");
        await page.GetByLabel("Paid job").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("What will you call this job?").FillAsync("Office cleaner");
        await ContinueAsync(page);

        // The select has become the accessible autocomplete: a text box labelled "Occupation".
        var occupation = page.GetByRole(AriaRole.Combobox, new() { Name = "Occupation" });
        await occupation.PressSequentiallyAsync("clean");
        var option = page.GetByRole(AriaRole.Option, new() { Name = "Cleaners and domestics (9223)" });
        await option.WaitForAsync();
        var problems = (await page.RunAxe(WcagAa)).Violations.Select(v => $"autocomplete open: {v.Id} {v.Help}").ToList();
        await option.ClickAsync();
        Assert.Equal("9223", await page.Locator("select[name='Form.SocCode']").InputValueAsync());
        await ContinueAsync(page);

        await page.GetByLabel("What will the person do?").FillAsync("You clean the offices. You use a hoover and a mop.");
        await ContinueAsync(page);
        await page.GetByLabel("How many hours a week is it?").FillAsync("16");
        await ContinueAsync(page);
        await page.Locator("#Form_PayBand").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("How much will you pay an hour?").FillAsync("13.50");
        await ContinueAsync(page);
        await page.Locator($"input[name='Form.SiteId'][value='{siteId}']").CheckAsync();
        await ContinueAsync(page);
        await ContinueAsync(page); // skills: none needed at the start
        await ContinueAsync(page); // adjustments: the organisation's usual ones
        await page.Locator("#Form_InterviewGuaranteed").CheckAsync();
        await ContinueAsync(page);
        await ContinueAsync(page); // no closing date

        Assert.Equal("Check your answers before posting", (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Contains("Cleaners and domestics (9223)", await page.Locator(".govuk-summary-list").TextContentAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post opportunity" }).ClickAsync();
        await page.WaitForURLAsync("**/employer/opportunities/*");

        var saved = await browser.App.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.EmployerId == employerId && o.Title == "Office cleaner"));
        Assert.Equal("9223", saved.SocCode);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(consoleErrors.Count == 0, "Browser console errors (a Content Security Policy refusal shows here): " + string.Join("\n", consoleErrors));
    }

    [Fact]
    public async Task Occupation_WithoutJavaScript_IsAnOrdinarySelect()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        var user = await browser.App.CreateUserAsync(Roles.Employer);
        await browser.App.TestData.CreateOpportunityAsync(o => o.ForEmployer(user.EmployerId));
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(user.Email!);
        await page.GetByLabel("Password").FillAsync(WebAppFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GotoAsync("/employer/opportunities/new");
        await page.GetByLabel("Paid job").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("What will you call this job?").FillAsync("Office cleaner");
        await ContinueAsync(page);

        await page.GetByLabel("Occupation").SelectOptionAsync("9223");
        Assert.Equal("9223", await page.Locator("select#Form_SocCode").InputValueAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task EmployerForms_ShowingErrors_HaveNoWcagViolations()
    {
        var (page, _, _) = await SignedInEmployerAsync();
        var problems = new List<string>();

        await page.GotoAsync("/employer/opportunities/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        problems.AddRange(await ScanErrorsAsync(page, "/employer/opportunities/new (with errors)"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Select the kind of opportunity" }).ClickAsync();
        Assert.Equal("Form_Kind", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.GotoAsync("/employer/organisation/edit");
        await page.GetByLabel("Organisation name").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();
        problems.AddRange(await ScanErrorsAsync(page, "/employer/organisation/edit (with errors)"));

        await page.GotoAsync("/employer/organisation/sites/new");
        await page.GetByLabel("Site name").FillAsync("Warehouse");
        await page.GetByLabel("Postcode").FillAsync("ZZ99 9ZZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add site" }).ClickAsync();
        problems.AddRange(await ScanErrorsAsync(page, "/employer/organisation/sites/new (with errors)"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<List<string>> ScanErrorsAsync(IPage page, string label)
    {
        var problems = new List<string>();
        if (!await page.Locator(".govuk-error-summary").IsVisibleAsync())
        {
            problems.Add($"{label}: no error summary");
        }
        var results = await page.RunAxe(WcagAa);
        problems.AddRange(results.Violations.Select(v => $"{label}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        return problems;
    }

    [Fact]
    public async Task PostingPages_At320PixelsWide_DoNotScrollSideways()
    {
        var user = await browser.App.CreateUserAsync(Roles.Employer);
        var created = await browser.App.TestData.CreateOpportunityAsync(o => o.ForEmployer(user.EmployerId));
        var answers = new Employment.Web.Features.Employer.Opportunities.Posting.PostingAnswers
        {
            Kind = Employment.Core.Opportunities.OpportunityKind.SupportedInternship, Title = "Kitchen assistant at the Leicester Royal Infirmary staff restaurant",
            SocCode = "9263", Description = "You wash up and prepare vegetables.", HoursPerWeek = "24", InternPaid = false, SiteId = created.SiteId,
            Adjustments = ["mentor_buddy", "working_interview"], InterviewGuaranteed = true, InternshipLengthMonths = "10", StudyProgrammePartner = "Leicester College",
            Answered = [.. Employment.Web.Features.Employer.Opportunities.Posting.PostingSteps.All.Select(s => s.Slug)],
        };
        var draftId = await browser.App.WithDbAsync(async db =>
        {
            var draft = new Employment.Core.Opportunities.OpportunityDraft { EmployerId = created.EmployerId, Answers = answers.ToJson() };
            db.OpportunityDrafts.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });
        var page = await browser.NewPageAsync(width: 320, height: 640);
        await BrowserFixture.SignInAsync(page, user.Email!, WebAppFixture.Password);
        var overflows = new List<string>();

        foreach (var path in new[] { "/employer/opportunities/new", "/employer/opportunities" }
            .Concat(new[] { "kind", "pay-band", "adjustments", "closing-date", "check" }.Select(step => $"/employer/opportunities/drafts/{draftId}/{step}")))
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                overflows.Add($"{path} scrolls sideways by {overflow}px at 320px wide");
            }
        }

        Assert.True(overflows.Count == 0, string.Join("\n", overflows));
    }

    private static Task ContinueAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

    private async Task<(IPage Page, Guid EmployerId, Guid SiteId)> SignedInEmployerAsync()
    {
        var user = await browser.App.CreateUserAsync(Roles.Employer);
        var created = await browser.App.TestData.CreateOpportunityAsync(o => o.ForEmployer(user.EmployerId));
        var (employerId, siteId) = (created.EmployerId, created.SiteId!.Value);
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, user.Email!, WebAppFixture.Password);
        return (page, employerId, siteId);
    }
}
