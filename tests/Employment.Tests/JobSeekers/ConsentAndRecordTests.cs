using System.Net;
using System.Text.Json;
using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.JobSeekers;

public sealed class ConsentAndRecordTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Consent_IsRecordedWithHowItWasExplained_ThenWithdrawn()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id).WithoutConsent());
        var consentPage = $"/job-seekers/{person.Id}/consent";

        using var missing = await Forms.PostAsync(client, consentPage, consentPage, Answer("agreed", "other"));
        Assert.Equal(["Say how sharing was explained to the person"], Forms.ErrorSummary(await Forms.ReadAsync(missing)));
        Assert.False((await Reload(person.Id)).ConsentToShare);

        using var given = await Forms.PostAsync(client, consentPage, consentPage, Answer("agreed", "easy_read_page"));
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        var agreed = await Reload(person.Id);
        Assert.True(agreed.ConsentToShare);
        Assert.Equal(coach.Id, agreed.ConsentRecordedById);
        Assert.Equal("We read the easy read page about sharing together", agreed.ConsentExplainedHow);

        using var withdrawn = await Forms.PostAsync(client, consentPage, $"{consentPage}/withdraw", Answer("withdrawn", null));
        Assert.False((await Reload(person.Id)).ConsentToShare);
        var history = await app.WithDbAsync(db => db.ConsentRecords.Where(c => c.JobSeekerId == person.Id).OrderBy(c => c.Id).Select(c => c.Given).ToListAsync());
        Assert.Equal([true, false], history);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.JobSeekerId == person.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["consent_given", "consent_withdrawn"], actions.Where(a => a.StartsWith("consent", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EasyReadPages_ArePrintableAndPlain()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id));

        var profile = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}/easy-read"));
        var consent = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}/consent/easy-read"));

        Assert.Contains($"My name is {person.FirstName}.", profile.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cleaners and domestics", profile.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("(9223)", profile.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        foreach (var page in new[] { profile, consent })
        {
            Assert.NotNull(page.QuerySelector(".app-easy-read"));
            Assert.All(page.QuerySelectorAll("main img"), img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt"))));
            Assert.NotNull(page.QuerySelector(".govuk-back-link.app-print-hidden"));
        }
    }

    [Fact]
    public async Task ViewingARecord_IsAudited_AndOnlyAdministratorsSeeTheAuditLog()
    {
        var (coachClient, coach) = await SignedInAsync(Roles.Coach);
        var (adminClient, _) = await SignedInAsync(Roles.Admin);
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id));

        var coachView = await Forms.ReadAsync(await coachClient.GetAsync($"/job-seekers/{person.Id}"));
        var adminView = await Forms.ReadAsync(await adminClient.GetAsync($"/job-seekers/{person.Id}"));

        Assert.DoesNotContain("Who has looked at or changed this record", coachView.Body!.TextContent, StringComparison.Ordinal);
        var tables = adminView.QuerySelectorAll("table");
        var audit = tables[tables.Length - 1];
        Assert.Contains("Test coach", audit.TextContent, StringComparison.Ordinal);
        Assert.Contains("Viewed", audit.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.JobSeekerId == person.Id && a.Action == "viewed")));
    }

    [Fact]
    public async Task SubjectAccess_GivesEverythingHeld_AsJsonAndAsAPage()
    {
        var (admin, _) = await SignedInAsync(Roles.Admin);
        var person = await app.TestData.CreateJobSeekerAsync();
        await AddPlacementAsync(person.Id);

        using var json = await admin.GetAsync($"/job-seekers/{person.Id}/data.json");
        var page = await Forms.ReadAsync(await admin.GetAsync($"/job-seekers/{person.Id}/data"));

        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        Assert.Equal(person.FirstName, root.GetProperty("first_name").GetString());
        Assert.Equal("2004-05-11", root.GetProperty("date_of_birth").GetString());
        Assert.Equal("public_transport", root.GetProperty("travel_mode").GetString());
        Assert.Equal(["written_instructions", "job_coach_on_site"], root.GetProperty("support_needs").EnumerateArray().Select(e => e.GetString()));
        var events = root.GetProperty("placements")[0].GetProperty("events");
        Assert.Equal(["introduced", "started"], events.EnumerateArray().Select(e => e.GetProperty("event").GetString()));
        Assert.Contains(root.GetProperty("who_has_seen_or_changed_it").EnumerateArray(), a => a.GetProperty("action").GetString() == "exported");
        Assert.Contains(person.LastName, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_RemovesIdentifyingDataButKeepsPlacementsForStatistics()
    {
        var (admin, adminUser) = await SignedInAsync(Roles.Admin);
        var person = await app.TestData.CreateJobSeekerAsync(s => s.WithSourceId("C-ERASE-1"));
        await AddPlacementAsync(person.Id);

        using var erased = await Forms.PostAsync(admin, $"/job-seekers/{person.Id}/erase", $"/job-seekers/{person.Id}/erase", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var after = await Reload(person.Id);
        Assert.Equal(("", ""), (after.FirstName, after.LastName));
        Assert.Null(after.SourceId);
        Assert.Null(after.Aspirations);
        Assert.Equal(new DateOnly(2004, 7, 1), after.DateOfBirth);
        Assert.Equal("LE2", after.HomePostcode);
        Assert.False(after.ConsentToShare);
        Assert.NotNull(after.ErasedAt);
        Assert.Equal(person.LocalAuthorityId, after.LocalAuthorityId);
        Assert.Equal(person.SupportNeeds, after.SupportNeeds);
        Assert.Equal(2, await app.WithDbAsync(db => db.PlacementEvents.CountAsync(e => e.Placement!.JobSeekerId == person.Id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.JobSeekerId == person.Id && a.Action == "erased" && a.UserId == adminUser.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/job-seekers/{person.Id}/erase")).StatusCode);
    }

    [Fact]
    public async Task ErasedPerson_IsNoLongerInTheCoachesCaseload()
    {
        var (coachClient, coach) = await SignedInAsync(Roles.Coach);
        var (admin, _) = await SignedInAsync(Roles.Admin);
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id));

        await Forms.PostAsync(admin, $"/job-seekers/{person.Id}/erase", $"/job-seekers/{person.Id}/erase", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, (await coachClient.GetAsync($"/job-seekers/{person.Id}")).StatusCode);
        var caseload = await Forms.ReadAsync(await coachClient.GetAsync("/coach/caseload"));
        Assert.Empty(caseload.QuerySelectorAll($"a[href='/job-seekers/{person.Id}']"));
    }

    private async Task AddPlacementAsync(Guid personId)
    {
        var opportunity = await app.TestData.CreateOpportunityAsync(o => o.Plain().Hours(16).Paying(12.71m, null).PostedOn(new DateOnly(2026, 4, 1)));
        await app.TestData.CreatePlacementAsync(p => p.For(personId).At(opportunity.Id).IntroducedOn(new DateOnly(2026, 5, 1))
            .Then(PlacementEventType.Started, new DateOnly(2026, 6, 1), hoursPerWeek: 16, hourlyPay: 12.71m));
    }

    /// <summary>What the consent page sends: the answer, the day the person gave it (today) and how it was explained.</summary>
    internal static Dictionary<string, string> Answer(string decision, string? explainedHow, DateOnly? on = null)
    {
        var day = on ?? TestData.Today;
        var fields = new Dictionary<string, string>
        {
            ["Decision"] = decision,
            ["DecidedOn.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DecidedOn.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DecidedOn.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (explainedHow is not null)
        {
            fields["ExplainedHow"] = explainedHow;
            fields["OtherWay"] = "";
        }
        return fields;
    }

    private Task<Core.JobSeekers.JobSeeker> Reload(Guid id) => app.WithDbAsync(db => db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == id));

    private async Task<(HttpClient, AppUser)> SignedInAsync(string role)
    {
        var user = await app.CreateUserAsync(role);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return (client, user);
    }
}
