using System.Net;
using System.Text.RegularExpressions;
using Employment.Core.Accounts;
using Employment.Tests.Email;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Account;
using Employment.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Access;

/// <summary>Access can be taken away: sessions end within a minute of an account being disabled, a password changing or a sign-out.</summary>
public sealed partial class AccountLifecycleTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    private static readonly TimeSpan JustOverAMinute = AccountsSetup.SessionCheckInterval + TimeSpan.FromSeconds(1);

    [Fact]
    public async Task DisabledUsersOpenSession_IsRefusedWithinAMinute_AndTheyCannotSignInAgain()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var coachClient = await SignedInAsync(coach);
        Assert.Equal(HttpStatusCode.OK, (await coachClient.GetAsync("/coach")).StatusCode);
        using var adminClient = await SignedInAsync(await app.CreateUserAsync(Roles.Admin));

        using var disabled = await Forms.PostAsync(adminClient, $"/admin/users/{coach.Id}/access", $"/admin/users/{coach.Id}/disable",
            new Dictionary<string, string> { ["Disable.Reason"] = "Left the council on 3 January" });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        app.Clock.Advance(JustOverAMinute);
        using var after = await coachClient.GetAsync("/coach");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/sign-in", after.Headers.Location?.ToString(), StringComparison.Ordinal);

        using var again = await Forms.SignInAsync(coachClient, coach.Email!, WebAppFixture.Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal([SignInService.NotRecognised], Forms.ErrorSummary(await Forms.ReadAsync(again)));

        var audit = await app.WithDbAsync(db => db.AccountEvents.AsNoTracking().SingleAsync(e => e.UserId == coach.Id && e.Action == AccountEvent.Disabled));
        Assert.Equal("Left the council on 3 January", audit.Detail);
        var accessPage = await Forms.ReadAsync(await adminClient.GetAsync($"/admin/users/{coach.Id}/access"));
        Assert.Contains("Left the council on 3 January", accessPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Given back: they sign in again.
        using var enabled = await Forms.PostAsync(adminClient, $"/admin/users/{coach.Id}/access", $"/admin/users/{coach.Id}/enable", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        using var back = await Forms.SignInAsync(coachClient, coach.Email!, WebAppFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
    }

    [Fact]
    public async Task DisablingWithoutAReason_SaysWhatIsMissing_AndChangesNothing()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var adminClient = await SignedInAsync(await app.CreateUserAsync(Roles.Admin));

        using var response = await Forms.PostAsync(adminClient, $"/admin/users/{coach.Id}/access", $"/admin/users/{coach.Id}/disable",
            new Dictionary<string, string> { ["Disable.Reason"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Enter why access is being taken away"], Forms.ErrorSummary(await Forms.ReadAsync(response)));
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == coach.Id).Select(u => u.DisabledAt).SingleAsync()));
    }

    [Fact]
    public async Task ChangingARole_EndsSessionsInTheOldRole()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var coachClient = await SignedInAsync(coach);
        using var adminClient = await SignedInAsync(await app.CreateUserAsync(Roles.Admin));

        using var changed = await Forms.PostAsync(adminClient, $"/admin/users/{coach.Id}/access", $"/admin/users/{coach.Id}/role",
            new Dictionary<string, string> { ["RoleForm.Role"] = Roles.Adviser });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        app.Clock.Advance(JustOverAMinute);
        using var after = await coachClient.GetAsync("/coach");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/sign-in", after.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingYourPassword_EndsYourOtherSessions_ButNotThisOne()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var phone = await SignedInAsync(coach);
        using var laptop = await SignedInAsync(coach);

        using var changed = await Forms.PostAsync(laptop, "/account/password", "/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = WebAppFixture.Password, ["NewPassword"] = "a brand new passphrase", ["ConfirmPassword"] = "a brand new passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        app.Clock.Advance(JustOverAMinute);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/coach")).StatusCode);
        using var other = await phone.GetAsync("/coach");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Contains("/sign-in", other.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(phone, coach.Email!, "a brand new passphrase")).StatusCode);
    }

    [Fact]
    public async Task ChangingYourPassword_WithTheWrongCurrentOne_SaysSo()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var client = await SignedInAsync(coach);

        using var response = await Forms.PostAsync(client, "/account/password", "/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not my password", ["NewPassword"] = "a brand new passphrase", ["ConfirmPassword"] = "a brand new passphrase",
        });

        Assert.Equal("Your current password is not right", Forms.FieldError(await Forms.ReadAsync(response), "CurrentPassword"));
    }

    [Fact]
    public async Task ACookieCopiedBeforeSignOut_StopsWorkingWithinAMinute()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var browser = new Browser(app.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(browser.Client, coach.Email!, WebAppFixture.Password)).StatusCode);
        using var copy = browser.Copy();
        Assert.Equal(HttpStatusCode.OK, (await copy.Client.GetAsync("/coach")).StatusCode);

        using var signedOut = await Forms.PostAsync(browser.Client, "/sign-out", "/sign-out", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        app.Clock.Advance(JustOverAMinute);
        using var after = await copy.Client.GetAsync("/coach");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/sign-in", after.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetLink_WorksOnce_AndTheNewPasswordSignsIn()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var client = app.CreateClient();

        var link = await RequestResetLinkAsync(client, coach.Email!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
        using var reset = await Forms.PostAsync(client, link, link, NewPassword("garden gate in spring"));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/sign-in", reset.Headers.Location?.ToString());

        using var second = await Forms.PostAsync(client, "/forgotten-password", link, NewPassword("someone else's password"));
        Assert.Equal("This link no longer works", (await Forms.ReadAsync(second)).QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("This link no longer works", (await Forms.ReadAsync(await client.GetAsync(link))).QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, coach.Email!, "garden gate in spring")).StatusCode);
    }

    [Fact]
    public async Task ResetLink_StopsWorkingAfterAnHour()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var client = app.CreateClient();
        var link = await RequestResetLinkAsync(client, coach.Email!);

        app.Clock.Advance(PasswordService.ResetLinkLifetime + TimeSpan.FromMinutes(1));

        Assert.Equal("This link no longer works", (await Forms.ReadAsync(await client.GetAsync(link))).QuerySelector("h1")?.TextContent.Trim());
        using var late = await Forms.PostAsync(client, "/forgotten-password", link, NewPassword("garden gate in autumn"));
        Assert.Equal("This link no longer works", (await Forms.ReadAsync(late)).QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await Forms.SignInAsync(client, coach.Email!, "garden gate in autumn")).StatusCode);
    }

    [Fact]
    public async Task AskingForAReset_AnswersTheSameForAnAddressWithNoAccount_AndSendsNothing()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        using var client = app.CreateClient();
        var unknown = $"nobody-{Guid.NewGuid():N}@example.test";

        using var known = await Forms.PostAsync(client, "/forgotten-password", "/forgotten-password", new Dictionary<string, string> { ["Email"] = coach.Email! });
        using var notKnown = await Forms.PostAsync(client, "/forgotten-password", "/forgotten-password", new Dictionary<string, string> { ["Email"] = unknown });

        Assert.Equal(known.StatusCode, notKnown.StatusCode);
        Assert.Equal(known.Headers.Location, notKnown.Headers.Location);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.ToAddress == unknown)));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.ToAddress == coach.Email)));
    }

    private async Task<HttpClient> SignedInAsync(AppUser user)
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password)).StatusCode);
        return client;
    }

    /// <summary>Asks for a reset and reads the link's path from the email in the outbox.</summary>
    private async Task<string> RequestResetLinkAsync(HttpClient client, string email)
    {
        using var asked = await Forms.PostAsync(client, "/forgotten-password", "/forgotten-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal("/forgotten-password/sent", asked.Headers.Location?.ToString());
        var text = await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.ToAddress == email && e.Subject == "Reset your password")
            .OrderByDescending(e => e.CreatedAt).Select(e => e.TextBody).FirstAsync());
        var link = ResetLink().Match(text);
        Assert.True(link.Success, text);
        Assert.StartsWith(EmailAppFixture.SiteBaseUrl + "/reset-password/", link.Value, StringComparison.Ordinal);
        return new Uri(link.Value).PathAndQuery;
    }

    private static Dictionary<string, string> NewPassword(string password) => new() { ["NewPassword"] = password, ["ConfirmPassword"] = password };

    [GeneratedRegex(@"http\S+/reset-password/\S+")]
    private static partial Regex ResetLink();
}
