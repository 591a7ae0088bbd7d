using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.JobSeekers;

/// <summary>A coach works for one council: the administrator sets it, and a new person starts in it.</summary>
public sealed class CouncilDefaultTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task AddingAPerson_StartsWithTheCoachsCouncil_WhichCanStillBeChanged()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        var adminClient = app.CreateClient();
        await Forms.SignInAsync(adminClient, admin.Email!, WebAppFixture.Password);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var councils = await app.WithDbAsync(db => db.LocalAuthorities.OrderBy(l => l.Name).Select(l => new { l.Id, l.Name }).Take(40).ToListAsync());
        var council = councils[^1];
        var councilPage = $"/admin/users/{coach.Id}/council";

        using var wrong = await Forms.PostAsync(adminClient, councilPage, councilPage, new Dictionary<string, string> { ["LocalAuthorityId"] = "99999999" });
        Assert.Equal(["Select a council from the list"], Forms.ErrorSummary(await Forms.ReadAsync(wrong)));
        using var saved = await Forms.PostAsync(adminClient, councilPage, councilPage, new Dictionary<string, string> { ["LocalAuthorityId"] = council.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var history = await app.WithDbAsync(db => db.AccountEvents.Where(e => e.UserId == coach.Id && e.Action == Employment.Core.Accounts.AccountEvent.CouncilChanged).Select(e => e.Detail).ToListAsync());
        Assert.Equal([council.Name], history);
        var users = await Forms.ReadAsync(await adminClient.GetAsync($"/admin/users?search={Uri.EscapeDataString(coach.Email!)}"));
        Assert.Contains(council.Name, users.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);

        var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        using var started = await Forms.PostAsync(client, "/coach/caseload", "/job-seekers/new", new Dictionary<string, string>());
        var about = await Forms.ReadAsync(await client.GetAsync(started.Headers.Location!.OriginalString));

        var select = about.QuerySelector("select[name=LocalAuthorityId]")!;
        Assert.Equal(council.Name, select.QuerySelector("option[selected]")!.TextContent.Trim());
        Assert.True(select.QuerySelectorAll("option").Length > 2, "the other councils are still offered");
    }

    [Fact]
    public async Task AnInvitedCoach_HasTheCouncilChosenWhenInvited()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, admin.Email!, WebAppFixture.Password);
        var council = await app.WithDbAsync(db => db.LocalAuthorities.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync());

        using var invited = await Forms.PostAsync(client, "/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Councilla Coach", ["Email"] = "councilla@example.org", ["Role"] = Roles.Coach, ["EmployerId"] = "",
            ["LocalAuthorityId"] = council.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal(council, await app.WithDbAsync(db => db.Users.Where(u => u.Email == "councilla@example.org").Select(u => u.LocalAuthorityId).SingleAsync()));
    }
}
