using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Accounts;

public sealed class InvitationTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task AdminInvitesCoach_CoachChoosesPasswordAndLandsOnCoachHome()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        using var adminClient = app.CreateClient();
        await Forms.SignInAsync(adminClient, admin.Email!, WebAppFixture.Password);
        var email = $"new-coach-{Guid.NewGuid():N}@example.test";

        using var invited = await Forms.PostAsync(adminClient, "/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Sam Coach",
            ["Email"] = email,
            ["Role"] = Roles.Coach,
            ["EmployerId"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var invitation = await Forms.ReadAsync(await adminClient.GetAsync(invited.Headers.Location));
        var link = new Uri(invitation.QuerySelector(".govuk-inset-text code")!.TextContent.Trim());

        using var coachClient = app.CreateClient();
        var acceptPath = link.PathAndQuery;
        var form = await Forms.ReadAsync(await coachClient.GetAsync(acceptPath));
        using var accepted = await Forms.PostAsync(coachClient, acceptPath, "/accept-invite", new Dictionary<string, string>
        {
            ["User"] = form.QuerySelector("input[name=User]")!.GetAttribute("value")!,
            ["Token"] = form.QuerySelector("input[name=Token]")!.GetAttribute("value")!,
            ["Password"] = "coaching is good work",
            ["ConfirmPassword"] = "coaching is good work",
        });

        Assert.Equal("/coach", accepted.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await coachClient.GetAsync("/coach")).StatusCode);

        using var again = app.CreateClient();
        var reused = await Forms.ReadAsync(await again.GetAsync(acceptPath));
        Assert.Equal("This invitation link does not work", reused.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Invite_WithEmployerRoleAndNoOrganisation_IsRefusedAndNobodyIsCreated()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, admin.Email!, WebAppFixture.Password);
        var email = $"orphan-{Guid.NewGuid():N}@example.test";

        using var response = await Forms.PostAsync(client, "/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "No Organisation",
            ["Email"] = email,
            ["Role"] = Roles.Employer,
            ["EmployerId"] = "",
        });

        var page = await Forms.ReadAsync(response);
        Assert.Equal(["Select the organisation the person works for"], Forms.ErrorSummary(page));
        Assert.Equal("No Organisation", page.QuerySelector("#FullName")?.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task AcceptInvite_WithTamperedToken_ShowsInvalidLinkAndSetsNoPassword()
    {
        var user = new AppUser { UserName = $"t-{Guid.NewGuid():N}@example.test", Email = $"t-{Guid.NewGuid():N}@example.test", DisplayName = "Tampered" };
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.CreateAsync(user);
        }
        using var client = app.CreateClient();

        using var response = await Forms.PostAsync(client, $"/accept-invite?user={user.Id}&token=abc", "/accept-invite", new Dictionary<string, string>
        {
            ["User"] = user.Id.ToString(),
            ["Token"] = "not-a-real-token",
            ["Password"] = "a perfectly fine password",
            ["ConfirmPassword"] = "a perfectly fine password",
        });

        Assert.Equal("This invitation link does not work", (await Forms.ReadAsync(response)).QuerySelector("h1")?.TextContent.Trim());
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync()));
    }

    [Fact]
    public async Task Admin_CanUnlockALockedAccount()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var coachClient = app.CreateClient();
        for (var i = 0; i < Web.Infrastructure.AccountsSetup.MaxFailedSignIns; i++)
        {
            await Forms.SignInAsync(coachClient, coach.Email!, "wrong wrong wrong");
        }
        using var adminClient = app.CreateClient();
        await Forms.SignInAsync(adminClient, admin.Email!, WebAppFixture.Password);

        using var unlock = await Forms.PostAsync(adminClient, "/admin/users", $"/admin/users/{coach.Id}/unlock", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        using var signIn = await Forms.SignInAsync(coachClient, coach.Email!, WebAppFixture.Password);
        Assert.Equal("/coach", signIn.Headers.Location?.ToString());
    }
}
