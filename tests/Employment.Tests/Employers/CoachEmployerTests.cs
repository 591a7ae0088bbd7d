using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Coach.Employers;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.EmployersAndOpportunities;

public sealed class CoachEmployerTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Coach_AddsAnEmployer_AddsItsSite_AndPostsAnOpportunityOnItsBehalf()
    {
        var (client, coach) = await SignedInCoachAsync();

        using var added = await FormPost.PostAsync(client, "/coach/employers/new", "/coach/employers/new", new Dictionary<string, string>
        {
            ["Name"] = "Hilltop Bakery",
            ["Sector"] = "Food",
            ["Level"] = "Committed",
            ["MembershipEnds.Day"] = "3",
            ["MembershipEnds.Month"] = "3",
            ["MembershipEnds.Year"] = (DateTime.Now.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Adjustments"] = "job_coach_on_site",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var employer = await app.WithDbAsync(db => db.Employers.AsNoTracking().SingleAsync(e => e.Name == "Hilltop Bakery"));
        Assert.Equal($"/coach/employers/{employer.Id}/organisation", added.Headers.Location?.ToString());
        Assert.Equal(ApprovalStatus.Approved, employer.Approval);
        Assert.Equal(coach.Id, employer.ApprovalDecidedById);
        Assert.NotNull(employer.ApprovalDecidedAt);
        Assert.Equal(["job_coach_on_site"], employer.AdjustmentsUsuallyOffered);

        var basePath = $"/coach/employers/{employer.Id}";
        using var site = await FormPost.PostAsync(client, $"{basePath}/organisation/sites/new", $"{basePath}/organisation/sites/new",
            new Dictionary<string, string> { ["Name"] = "Bakery", ["Postcode"] = "ST4 2DE" });
        Assert.Equal(HttpStatusCode.Redirect, site.StatusCode);
        var siteId = await app.WithDbAsync(db => db.EmployerSites.Where(s => s.EmployerId == employer.Id).Select(s => s.Id).SingleAsync());

        var journey = new PostingJourney(client, basePath);
        var adjustments = await journey.GoToAsync("adjustments", PostingJourney.Answers(OpportunityKind.SupportedInternship, siteId));
        Assert.NotNull(adjustments.QuerySelector("input[name='Form.Adjustments'][value=job_coach_on_site][checked]"));
        var check = await journey.AnswerAllAsync(PostingJourney.Answers(OpportunityKind.SupportedInternship, siteId));
        Assert.Equal(journey.Location, check.QuerySelector("main form")?.GetAttribute("action"));
        Assert.StartsWith($"{basePath}/opportunities/drafts/", journey.Location, StringComparison.Ordinal);
        using var posted = await journey.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var opportunity = await app.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.EmployerId == employer.Id));
        Assert.Equal(OpportunityKind.SupportedInternship, opportunity.Kind);
        Assert.Equal("ST4 2DE", opportunity.Postcode);
        Assert.Equal($"{basePath}/opportunities/{opportunity.Id}", posted.Headers.Location?.ToString());

        using var edited = await FormPost.PostAsync(client, $"{basePath}/opportunities/{opportunity.Id}/edit", $"{basePath}/opportunities/{opportunity.Id}/edit",
            OpportunityTests.With(OpportunityTests.ValidForm(OpportunityKind.SupportedInternship, siteId), "Title", "Bakery intern"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        using var closed = await FormPost.PostAsync(client, $"{basePath}/opportunities/{opportunity.Id}", $"{basePath}/opportunities/{opportunity.Id}/close", []);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var afterClose = await app.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == opportunity.Id));
        Assert.Equal(("Bakery intern", TestData.Today), (afterClose.Title, afterClose.ClosedOn));
        using var reopened = await FormPost.PostAsync(client, $"{basePath}/opportunities/{opportunity.Id}", $"{basePath}/opportunities/{opportunity.Id}/reopen", []);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == opportunity.Id))).ClosedOn);

        var employerPage = await Forms.ReadAsync(await client.GetAsync($"{basePath}/organisation"));
        Assert.Equal("Hilltop Bakery", employerPage.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("1 open opportunity", employerPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coach_ChangesAnEmployersProfile()
    {
        var (client, _) = await SignedInCoachAsync();
        var employerId = (await app.TestData.CreateOpportunityAsync()).EmployerId;

        using var saved = await FormPost.PostAsync(client, $"/coach/employers/{employerId}/organisation/edit", $"/coach/employers/{employerId}/organisation/edit",
            new Dictionary<string, string> { ["Name"] = "Renamed Ltd", ["Level"] = "None" });

        Assert.Equal($"/coach/employers/{employerId}/organisation", saved.Headers.Location?.ToString());
        var employer = await app.WithDbAsync(db => db.Employers.AsNoTracking().SingleAsync(e => e.Id == employerId));
        Assert.Equal(("Renamed Ltd", DisabilityConfidentLevel.None), (employer.Name, employer.DcLevel));
    }

    [Fact]
    public async Task AddEmployer_WithProblems_ShowsErrorsKeepsTypingAndSavesNothing()
    {
        var (client, _) = await SignedInCoachAsync();
        var before = await app.WithDbAsync(db => db.Employers.CountAsync());

        using var response = await FormPost.PostAsync(client, "/coach/employers/new", "/coach/employers/new",
            new Dictionary<string, string> { ["Sector"] = "Typed sector", ["Level"] = "Leader", ["MembershipEnds.Day"] = "40", ["MembershipEnds.Month"] = "1", ["MembershipEnds.Year"] = "2027" });

        var page = await Forms.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Enter the organisation's name", "The date the membership ends must be a real date"], Forms.ErrorSummary(page));
        Assert.Equal("The date the membership ends must be a real date", Forms.FieldError(page, "MembershipEnds"));
        Assert.Equal("Typed sector", page.QuerySelector("#Sector")?.GetAttribute("value"));
        Assert.Equal("40", page.QuerySelector("#MembershipEnds")?.GetAttribute("value"));
        Assert.Equal("/coach/employers/new", page.QuerySelector("main form")?.GetAttribute("action"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Employers.CountAsync()));
    }

    [Fact]
    public async Task EmployerList_IsSearchableAndPaged_WithLevelStatusAndOpenOpportunities()
    {
        var (client, _) = await SignedInCoachAsync();
        var prefix = "Zed" + Guid.NewGuid().ToString("N")[..8];
        var employers = new List<Guid>();
        for (var i = 0; i < CoachEmployersController.PageSize + 1; i++)
        {
            var number = i;
            employers.Add((await app.TestData.CreateEmployerAsync(e => e.Named($"{prefix} {number:00}").WithApproval(number == 0 ? ApprovalStatus.Pending : ApprovalStatus.Approved))).Id);
        }
        var withOpportunity = (await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(employers[1]))).EmployerId;

        var first = await Forms.ReadAsync(await client.GetAsync($"/coach/employers?search={prefix}"));
        var rows = first.QuerySelectorAll(".govuk-table__body tr").ToList();
        Assert.Equal(CoachEmployersController.PageSize, rows.Count);
        Assert.Contains("Waiting for approval", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Level 1: Disability Confident committed", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("1", rows[1].QuerySelector("td:last-child")?.TextContent.Trim());
        Assert.Equal($"/coach/employers/{withOpportunity}/organisation", rows[1].QuerySelector("a")?.GetAttribute("href"));
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await Forms.ReadAsync(await client.GetAsync(next));
        Assert.Single(second.QuerySelectorAll(".govuk-table__body tr"));
    }

    [Fact]
    public async Task PendingEmployer_CannotHaveOpportunitiesPostedUntilApproved()
    {
        var (client, _) = await SignedInCoachAsync();
        var pending = (await app.TestData.CreateEmployerAsync(e => e.Pending())).Id;

        var page = await Forms.ReadAsync(await client.GetAsync($"/coach/employers/{pending}/opportunities/new"));
        using var post = await FormPost.PostAsync(client, "/coach/employers/new", $"/coach/employers/{pending}/opportunities/new",
            [new("Form.Kind", nameof(OpportunityKind.PaidJob))]);

        Assert.Contains("waiting for approval", page.QuerySelector(".govuk-inset-text")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/employers/waiting']"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Opportunities.CountAsync(o => o.EmployerId == pending)));
        Assert.Equal(0, await app.WithDbAsync(db => db.OpportunityDrafts.CountAsync(d => d.EmployerId == pending)));
    }

    [Fact]
    public async Task UnknownEmployer_IsNotFound()
    {
        var (client, _) = await SignedInCoachAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/coach/employers/{Guid.NewGuid()}/organisation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/coach/employers/{Guid.NewGuid()}/opportunities")).StatusCode);
    }

    [Fact]
    public async Task EmployerUser_CannotReachTheCoachesPagesForItsOwnOrganisation()
    {
        var user = await app.CreateUserAsync(Roles.Employer);
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);

        using var response = await client.GetAsync($"/coach/employers/{user.EmployerId}/organisation");

        var location = response.Headers.Location?.ToString() ?? "";
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || location.Contains("/access-denied", StringComparison.Ordinal),
            $"Expected a refusal, got {(int)response.StatusCode} {location}");
    }

    private async Task<(HttpClient Client, AppUser Coach)> SignedInCoachAsync()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        return (client, coach);
    }
}
