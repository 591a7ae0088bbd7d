using System.Globalization;
using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Employers;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.EmployersAndOpportunities;

public sealed class OrganisationTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static string Year(int yearsAhead) => DateTime.Now.AddYears(yearsAhead).Year.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Employer_ChangesOrganisationAndAddsASite_BothAreSaved()
    {
        var (client, employerId) = await SignedInEmployerAsync();

        using var saved = await FormPost.PostAsync(client, "/employer/organisation/edit", "/employer/organisation/edit", new Dictionary<string, string>
        {
            ["Name"] = "Riverside Garden Centre",
            ["Sector"] = "Retail",
            ["Level"] = "Employer",
            ["MembershipEnds.Day"] = "14",
            ["MembershipEnds.Month"] = "7",
            ["MembershipEnds.Year"] = Year(2),
            ["Adjustments"] = "written_instructions",
        }.Append(new("Adjustments", "extra_training_time")).ToList());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/employer/organisation", saved.Headers.Location?.ToString());

        using var added = await FormPost.PostAsync(client, "/employer/organisation/sites/new", "/employer/organisation/sites/new",
            new Dictionary<string, string> { ["Name"] = "Garden shop", ["Postcode"] = "le16zg" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var employer = await app.WithDbAsync(db => db.Employers.AsNoTracking().Include(e => e.Sites).SingleAsync(e => e.Id == employerId));
        Assert.Equal("Riverside Garden Centre", employer.Name);
        Assert.Equal(DisabilityConfidentLevel.Employer, employer.DcLevel);
        Assert.Equal(new DateOnly(DateTime.Now.Year + 2, 7, 14), employer.DcValidUntil);
        Assert.Equal(["written_instructions", "extra_training_time"], employer.AdjustmentsUsuallyOffered);
        var site = Assert.Single(employer.Sites);
        Assert.Equal("Garden shop", site.Name);
        Assert.Equal("LE1 6ZG", site.Postcode);
        Assert.Equal(52.6334, site.Latitude, 3);
        Assert.Equal(-1.1324, site.Longitude, 3);

        var page = await Forms.ReadAsync(await client.GetAsync("/employer/organisation"));
        Assert.Contains("Garden shop (LE1 6ZG) added", page.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Instructions written down", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("LE1 6ZG", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_WithPostcodeThatDoesNotResolve_IsRefusedWithAClearMessageAndNotSaved()
    {
        var (client, employerId) = await SignedInEmployerAsync();

        foreach (var postcode in new[] { "ZZ99 9ZZ", "not a postcode", "LE1" })
        {
            using var response = await FormPost.PostAsync(client, "/employer/organisation/sites/new", "/employer/organisation/sites/new",
                new Dictionary<string, string> { ["Name"] = "Warehouse", ["Postcode"] = postcode });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Forms.ReadAsync(response);
            Assert.Equal(["Enter a real postcode, like LE1 6ZG"], Forms.ErrorSummary(page));
            Assert.Equal("Enter a real postcode, like LE1 6ZG", Forms.FieldError(page, "Postcode"));
            Assert.Equal(postcode, page.QuerySelector("#Postcode")?.GetAttribute("value"));
            Assert.Equal("Warehouse", page.QuerySelector("#Name")?.GetAttribute("value"));
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.EmployerSites.CountAsync(s => s.EmployerId == employerId)));
    }

    [Fact]
    public async Task Site_CanBeChangedAndRemoved_AndItsOpportunitiesMoveWithIt()
    {
        var (client, employerId) = await SignedInEmployerAsync();
        var created = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(employerId));
        var (siteId, opportunityId) = (created.SiteId!.Value, created.Id);

        using var changed = await FormPost.PostAsync(client, $"/employer/organisation/sites/{siteId}/edit", $"/employer/organisation/sites/{siteId}/edit",
            new Dictionary<string, string> { ["Name"] = "City shop", ["Postcode"] = "ST1 1AA" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var (site, opportunity) = await app.WithDbAsync(async db => (
            await db.EmployerSites.AsNoTracking().SingleAsync(s => s.Id == siteId),
            await db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == opportunityId)));
        Assert.Equal(("City shop", "ST1 1AA"), (site.Name, site.Postcode));
        Assert.Equal("ST1 1AA", opportunity.Postcode);
        Assert.Equal(site.Latitude, opportunity.Latitude);

        var confirm = await Forms.ReadAsync(await client.GetAsync($"/employer/organisation/sites/{siteId}/remove"));
        Assert.Contains("1 open opportunity is at this site", confirm.QuerySelector(".govuk-warning-text")?.TextContent, StringComparison.Ordinal);
        using var removed = await FormPost.PostAsync(client, $"/employer/organisation/sites/{siteId}/remove", $"/employer/organisation/sites/{siteId}/remove", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var after = await app.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == opportunityId));
        Assert.False(await app.WithDbAsync(db => db.EmployerSites.AnyAsync(s => s.Id == siteId)));
        Assert.Null(after.SiteId);
        Assert.Equal("ST1 1AA", after.Postcode);
    }

    [Fact]
    public async Task Site_OfAnotherEmployer_IsNotFoundAndUnchanged()
    {
        var (client, _) = await SignedInEmployerAsync();
        var otherSite = (await app.TestData.CreateOpportunityAsync()).SiteId!.Value;

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/employer/organisation/sites/{otherSite}/edit")).StatusCode);
        using var edit = await FormPost.PostAsync(client, "/employer/organisation/edit", $"/employer/organisation/sites/{otherSite}/edit",
            new Dictionary<string, string> { ["Name"] = "Taken over", ["Postcode"] = "LE1 6ZG" });
        using var remove = await FormPost.PostAsync(client, "/employer/organisation/edit", $"/employer/organisation/sites/{otherSite}/remove", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        var site = await app.WithDbAsync(db => db.EmployerSites.AsNoTracking().SingleAsync(s => s.Id == otherSite));
        Assert.Equal("Main shop", site.Name);
    }

    [Fact]
    public async Task OrganisationForm_WithProblems_ShowsEveryErrorKeepsWhatWasTypedAndSavesNothing()
    {
        var (client, employerId) = await SignedInEmployerAsync();
        var before = await app.WithDbAsync(db => db.Employers.AsNoTracking().SingleAsync(e => e.Id == employerId));

        using var empty = await FormPost.PostAsync(client, "/employer/organisation/edit", "/employer/organisation/edit", new Dictionary<string, string>());
        var emptyPage = await Forms.ReadAsync(empty);
        Assert.Equal(["Enter the organisation's name", "Select the Disability Confident level, or 'Not a member'"], Forms.ErrorSummary(emptyPage));
        Assert.Equal("Enter the organisation's name", Forms.FieldError(emptyPage, "Name"));

        using var tooFar = await FormPost.PostAsync(client, "/employer/organisation/edit", "/employer/organisation/edit", new Dictionary<string, string>
        {
            ["Name"] = "Typed name",
            ["Sector"] = "Typed sector",
            ["Level"] = "Leader",
            ["MembershipEnds.Day"] = "1",
            ["MembershipEnds.Month"] = "1",
            ["MembershipEnds.Year"] = Year(4),
            ["Adjustments"] = "quiet_workspace",
        });
        var page = await Forms.ReadAsync(tooFar);
        Assert.Equal(HttpStatusCode.OK, tooFar.StatusCode);
        Assert.Equal(["Membership lasts 3 years, so the end date must be within 3 years from today"], Forms.ErrorSummary(page));
        Assert.Equal("Membership lasts 3 years, so the end date must be within 3 years from today", Forms.FieldError(page, "MembershipEnds"));
        Assert.Equal("Typed name", page.QuerySelector("#Name")?.GetAttribute("value"));
        Assert.Equal("Typed sector", page.QuerySelector("#Sector")?.GetAttribute("value"));
        Assert.Equal(Year(4), page.QuerySelector("#MembershipEnds_Year")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name=Level][value=Leader][checked]"));
        Assert.NotNull(page.QuerySelector("input[name=Adjustments][value=quiet_workspace][checked]"));

        using var noDate = await FormPost.PostAsync(client, "/employer/organisation/edit", "/employer/organisation/edit",
            new Dictionary<string, string> { ["Name"] = "Typed name", ["Level"] = "Committed" });
        Assert.Equal("Enter the date the membership ends", Forms.FieldError(await Forms.ReadAsync(noDate), "MembershipEnds"));

        var after = await app.WithDbAsync(db => db.Employers.AsNoTracking().SingleAsync(e => e.Id == employerId));
        Assert.Equal((before.Name, before.Sector, before.DcLevel, before.DcValidUntil, before.UpdatedAt), (after.Name, after.Sector, after.DcLevel, after.DcValidUntil, after.UpdatedAt));
    }

    [Fact]
    public async Task NotAMember_NeedsNoEndDateAndClearsIt()
    {
        var (client, employerId) = await SignedInEmployerAsync();

        using var response = await FormPost.PostAsync(client, "/employer/organisation/edit", "/employer/organisation/edit",
            new Dictionary<string, string> { ["Name"] = "Corner Cafe", ["Level"] = "None", ["MembershipEnds.Year"] = "20" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var employer = await app.WithDbAsync(db => db.Employers.AsNoTracking().SingleAsync(e => e.Id == employerId));
        Assert.Equal(DisabilityConfidentLevel.None, employer.DcLevel);
        Assert.Null(employer.DcValidUntil);
    }

    [Theory]
    [InlineData(30, "Ends soon", "ends on")]
    [InlineData(60, "Ends soon", "ends on")]
    [InlineData(-1, "Ended", "ended on")]
    [InlineData(61, null, null)]
    public async Task MembershipEnd_IsFlaggedWithin60DaysAndAfterItHasPassed(int daysAhead, string? tag, string? warning)
    {
        var (client, employerId) = await SignedInEmployerAsync();
        await app.WithDbAsync(db => db.Employers.Where(e => e.Id == employerId)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.DcValidUntil, TestData.Today.AddDays(daysAhead))));

        var page = await Forms.ReadAsync(await client.GetAsync("/employer/organisation"));

        var tags = page.QuerySelectorAll(".govuk-summary-list .govuk-tag").Select(t => t.TextContent.Trim()).ToList();
        var warningText = page.QuerySelector(".govuk-warning-text")?.TextContent;
        if (tag is null)
        {
            Assert.Empty(tags);
            Assert.Null(warningText);
        }
        else
        {
            Assert.Equal([tag], tags);
            Assert.Contains($"Disability Confident membership {warning} {TestData.Today.AddDays(daysAhead).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", warningText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PendingEmployer_CanSeeItsOrganisationButNotPostOpportunities()
    {
        var user = await app.CreateUserAsync(Roles.Employer, approval: ApprovalStatus.Pending);
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);

        var organisation = await Forms.ReadAsync(await client.GetAsync("/employer/organisation"));
        var opportunities = await Forms.ReadAsync(await client.GetAsync("/employer/opportunities"));
        var newPage = await Forms.ReadAsync(await client.GetAsync("/employer/opportunities/new"));

        Assert.Contains("waiting for approval", organisation.QuerySelector(".govuk-inset-text")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("waiting for approval", opportunities.QuerySelector(".govuk-inset-text")?.TextContent, StringComparison.Ordinal);
        Assert.Null(opportunities.QuerySelector("a[href='/employer/opportunities/new']"));
        Assert.Contains("waiting for approval", newPage.QuerySelector(".govuk-inset-text")?.TextContent, StringComparison.Ordinal);
        Assert.Null(newPage.QuerySelector("form[action='/employer/opportunities/new']"));
    }

    private async Task<(HttpClient Client, Guid EmployerId)> SignedInEmployerAsync()
    {
        var user = await app.CreateUserAsync(Roles.Employer);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return (client, user.EmployerId!.Value);
    }
}
