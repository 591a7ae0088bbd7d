using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Admin.Users;

namespace Employment.Tests.Accounts;

public sealed class UserListTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Users_CanBeFoundByNameOrEmailAndFilteredByRole()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, admin.Email!, WebAppFixture.Password);

        var byEmail = await Forms.ReadAsync(await client.GetAsync($"/admin/users?search={Uri.EscapeDataString(adviser.Email![..20])}"));
        var byRole = await Forms.ReadAsync(await client.GetAsync($"/admin/users?role={Roles.Coach}"));

        Assert.Equal([adviser.Email], Emails(byEmail));
        Assert.Contains(coach.Email, Emails(byRole));
        Assert.DoesNotContain(adviser.Email, Emails(byRole));
        Assert.DoesNotContain(admin.Email, Emails(byRole));
    }

    [Fact]
    public async Task Users_AreShownAPageAtATime()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        for (var i = 0; i < UsersController.PageSize; i++)
        {
            await app.CreateUserAsync(Roles.Coach);
        }
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, admin.Email!, WebAppFixture.Password);

        var first = await Forms.ReadAsync(await client.GetAsync("/admin/users"));
        var second = await Forms.ReadAsync(await client.GetAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")));

        Assert.Equal(UsersController.PageSize, Emails(first).Count);
        Assert.NotEmpty(Emails(second));
        Assert.Empty(Emails(first).Intersect(Emails(second)));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
    }

    private static List<string> Emails(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".govuk-table__body tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
}
