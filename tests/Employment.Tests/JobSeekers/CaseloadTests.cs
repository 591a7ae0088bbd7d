using Employment.Core.Accounts;
using Employment.Core.Opportunities;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.JobSeekers;

public sealed class CaseloadTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Caseload_ShowsOnlyTheCoachesOwnPeople_WithWhatNeedsAttention()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var otherCoach = await app.CreateUserAsync(Roles.Coach);
        var mine = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id).WithoutConsent());
        var theirs = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(otherCoach.Id));
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);

        var page = await Forms.ReadAsync(await client.GetAsync("/coach/caseload"));

        Assert.Equal([mine.DisplayName], Names(page));
        Assert.Contains("No consent to share", page.QuerySelector(".app-caseload .app-needs-attention")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No consent to share", page.QuerySelector(".app-attention-totals [data-attention=NoConsent]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelector(".app-attention-totals [data-attention=NoConsent]")!.GetAttribute("data-attention-count"));
        Assert.DoesNotContain(theirs.DisplayName, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caseload_FiltersBySearchKindAndStatus()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var internship = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id).Named("Ayesha", "Smith").Prefers(OpportunityKind.SupportedInternship));
        var volunteer = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id).Named("Brian", "Jones").Prefers(OpportunityKind.Volunteering));
        var paused = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id).Named("Carys", "Evans").PausedOn(new DateOnly(2026, 1, 1)));
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);

        var byName = Names(await Forms.ReadAsync(await client.GetAsync("/coach/caseload?search=aye")));
        var byKind = Names(await Forms.ReadAsync(await client.GetAsync("/coach/caseload?kind=Volunteering")));
        var byStatus = Names(await Forms.ReadAsync(await client.GetAsync("/coach/caseload?status=Paused")));
        var looking = Names(await Forms.ReadAsync(await client.GetAsync("/coach/caseload?status=Looking")));

        Assert.Equal([internship.DisplayName], byName);
        Assert.Equal([volunteer.DisplayName], byKind);
        Assert.Equal([paused.DisplayName], byStatus);
        Assert.Equal([internship.DisplayName, volunteer.DisplayName], looking);
    }

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".app-caseload-person .govuk-summary-card__title a").Select(a => a.TextContent.Trim()).ToList();
}
