using Employment.Core.Accounts;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.JobSeekers;

/// <summary>The person's status on the record and caseload and the placement's tag use the same words (decision 0035).</summary>
public sealed class StatusWordsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData(OpportunityKind.PaidJob, true, "In work", "In work")]
    [InlineData(OpportunityKind.SupportedInternship, true, "On placement", "On placement")]
    [InlineData(OpportunityKind.Volunteering, true, "On placement", "On placement")]
    [InlineData(OpportunityKind.PaidJob, false, "Looking", "Proposed")]
    public async Task TheSameWords_OnTheRecord_TheCaseload_AndThePlacement(OpportunityKind kind, bool started, string personStatus, string placementTag)
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        var name = $"Statusia{kind}{started}";
        var person = await app.TestData.CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id).Named(name));
        var opportunity = await app.TestData.CreateOpportunityAsync(o => o.Plain().OfKind(kind).PostedOn(TestData.Today.AddDays(-60)));
        var placement = await app.TestData.CreatePlacementAsync(p =>
        {
            p.For(person.Id).At(opportunity.Id).IntroducedOn(TestData.Today.AddDays(-30));
            if (started)
            {
                p.Then(PlacementEventType.Interviewed, TestData.Today.AddDays(-25)).Then(PlacementEventType.Offered, TestData.Today.AddDays(-20))
                    .Then(PlacementEventType.Started, TestData.Today.AddDays(-10), hoursPerWeek: 16, hourlyPay: kind.IsPaid() ? 13m : null);
            }
        });

        var record = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}"));
        var caseload = await Forms.ReadAsync(await client.GetAsync("/coach/caseload"));
        var placementPage = await Forms.ReadAsync(await client.GetAsync($"/placements/{placement.Id}"));

        Assert.Equal(personStatus, record.QuerySelector("h1 .govuk-tag")!.TextContent.Trim());
        var row = caseload.QuerySelectorAll(".app-caseload-person").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Equal(personStatus, row.QuerySelectorAll(".govuk-summary-list__row")[1].QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Equal(placementTag, placementPage.QuerySelector("main .govuk-summary-list .govuk-tag")!.TextContent.Trim());
        Assert.Equal(placementTag, record.QuerySelector("#placements ~ .app-table-scroll table .govuk-tag")!.TextContent.Trim());
    }
}
