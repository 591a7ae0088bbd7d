using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Employer.Opportunities;

namespace Employment.Tests.EmployersAndOpportunities;

public sealed class OpportunityListTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task ALongListOfOpportunities_IsShownAPageAtATime()
    {
        var user = await app.CreateUserAsync(Roles.Employer);
        var opened = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(user.EmployerId));
        for (var i = 0; i < OpportunitiesControllerBase.PageSize; i++)
        {
            await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(user.EmployerId).AtSite(opened.SiteId!.Value));
        }
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);

        var first = await Forms.ReadAsync(await client.GetAsync("/employer/opportunities"));
        var second = await Forms.ReadAsync(await client.GetAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")));

        Assert.Equal(OpportunitiesControllerBase.PageSize, first.QuerySelectorAll(".govuk-table__body tr").Length);
        Assert.Single(second.QuerySelectorAll(".govuk-table__body tr"));
        Assert.Contains("26 opportunities", first.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
    }
}
