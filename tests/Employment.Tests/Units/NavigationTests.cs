using System.Security.Claims;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Units;

/// <summary>Admins reach the outbox and the councils' follow-up plans from the navigation; other roles do not see them.</summary>
public sealed class NavigationTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private SiteLinks LinkTo => app.Factory.Services.GetRequiredService<SiteLinks>();

    [Fact]
    public void Admins_GetEmailsAndFollowUpPlans_AndTheyMarkTheirOwnPages()
    {
        var items = Navigation.For(SignedIn(Roles.Admin), LinkTo);

        Assert.Contains(new NavigationItem("Emails", "/admin/outbox"), items);
        Assert.Contains(new NavigationItem("Follow-up plans", "/admin/follow-up-plans"), items);
        Assert.Equal("Emails", Navigation.Current(items, "/admin/outbox/3f2504e0-4f89-11d3-9a0c-0305e82c3301")?.Text);
        Assert.Equal("Follow-up plans", Navigation.Current(items, "/admin/follow-up-plans")?.Text);
    }

    [Theory]
    [InlineData(Roles.Coach)]
    [InlineData(Roles.Employer)]
    [InlineData(Roles.Adviser)]
    public void OtherRoles_DoNotGetTheAdminLinks(string role)
    {
        var hrefs = Navigation.For(SignedIn(role), LinkTo).Select(i => i.Href).ToList();

        Assert.DoesNotContain("/admin/outbox", hrefs);
        Assert.DoesNotContain("/admin/follow-up-plans", hrefs);
    }

    private static ClaimsPrincipal SignedIn(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), new Claim(ClaimTypes.Role, role)], authenticationType: "Test"));
}
