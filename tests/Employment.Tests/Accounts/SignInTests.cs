using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Web.Infrastructure;

namespace Employment.Tests.Accounts;

public sealed class SignInTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData(Roles.Coach, "/coach", "Your caseload")]
    [InlineData(Roles.Employer, "/employer", null)]
    [InlineData(Roles.Adviser, "/adviser", "Outcomes")]
    [InlineData(Roles.Admin, "/admin", "Administration")]
    public async Task SignIn_LandsEachRoleOnItsOwnHomePage(string role, string home, string? heading)
    {
        var user = await app.CreateUserAsync(role);
        using var client = app.CreateClient();

        using var signIn = await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(home, signIn.Headers.Location?.ToString());

        using var response = await client.GetAsync(home);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ReadAsync(response);
        if (heading is not null)
        {
            Assert.StartsWith(heading, page.QuerySelector("h1")?.TextContent.Trim());
        }
        var navigation = page.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(home, navigation);
        Assert.Contains("/sign-out", navigation);
    }

    [Theory]
    [InlineData(Roles.Coach, "/admin")]
    [InlineData(Roles.Coach, "/employer")]
    [InlineData(Roles.Employer, "/coach")]
    [InlineData(Roles.Employer, "/adviser")]
    [InlineData(Roles.Adviser, "/coach")]
    [InlineData(Roles.Adviser, "/admin")]
    [InlineData(Roles.Admin, "/employer")]
    public async Task OtherRolesHomePage_IsRefused(string role, string otherHome)
    {
        var user = await app.CreateUserAsync(role);
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);

        using var response = await client.GetAsync(otherHome);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        using var refusal = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, refusal.StatusCode);
        Assert.Equal("You cannot see this page", (await Forms.ReadAsync(refusal)).QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task RepeatedWrongPasswords_LockTheAccount_EvenAgainstTheRightPassword()
    {
        var user = await app.CreateUserAsync(Roles.Coach);
        using var client = app.CreateClient();

        for (var i = 0; i < AccountsSetup.MaxFailedSignIns; i++)
        {
            using var wrong = await Forms.SignInAsync(client, user.Email!, "not the password at all");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var right = await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var page = await Forms.ReadAsync(right);
        // The lockout is not confirmed to whoever is typing: the same words as for an address with no account.
        Assert.Equal([Employment.Web.Features.Account.SignInService.NotRecognised], Forms.ErrorSummary(page));
        using var home = await client.GetAsync("/coach");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/sign-in", home.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithNothingEntered_ShowsErrorSummaryAndFieldMessages()
    {
        using var client = app.CreateClient();

        using var response = await Forms.PostAsync(client, "/sign-in", "/sign-in", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });

        var page = await Forms.ReadAsync(response);
        Assert.Equal(["Enter your email address", "Enter your password"], Forms.ErrorSummary(page));
        Assert.Equal("Enter your email address", Forms.FieldError(page, "Email"));
        Assert.Equal("Enter your password", Forms.FieldError(page, "Password"));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("#Email", page.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_KeepsTheEmailTypedAndSaysWhatIsWrong()
    {
        var user = await app.CreateUserAsync(Roles.Adviser);
        using var client = app.CreateClient();

        using var response = await Forms.SignInAsync(client, user.Email!, "wrong password here");

        var page = await Forms.ReadAsync(response);
        Assert.Equal([Employment.Web.Features.Account.SignInService.NotRecognised], Forms.ErrorSummary(page));
        Assert.Equal(user.Email, page.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("#Password")?.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var user = await app.CreateUserAsync(Roles.Coach);
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);

        using var signOut = await Forms.PostAsync(client, "/sign-out", "/sign-out", new Dictionary<string, string>());

        Assert.Equal("/signed-out", signOut.Headers.Location?.ToString());
        using var home = await client.GetAsync("/coach");
        Assert.Contains("/sign-in", home.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
