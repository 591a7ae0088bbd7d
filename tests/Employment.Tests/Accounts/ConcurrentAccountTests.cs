using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Accounts;

/// <summary>The site on a real loopback port, so the requests below reach it at the same moment over HTTP.</summary>
public sealed class LiveSiteFixture : IAsyncLifetime
{
    public WebAppFixture App { get; } = new();

    public Task InitializeAsync() => App.InitializeAsync(kestrel: true);

    public Task DisposeAsync() => App.DisposeAsync();
}

/// <summary>
/// A live site whose request limits are out of reach, for tests that sign in many times from one address on purpose
/// (the limits themselves are proven in RequestLimitTests).
/// </summary>
public sealed class UnlimitedLiveSiteFixture : IAsyncLifetime
{
    public WebAppFixture App { get; } = new();

    public Task InitializeAsync()
    {
        foreach (var limit in new[] { "SignInsPerAddressPerMinute", "SignInsPerAccountFromOneAddress", "RegistrationsPerAddressPerHour", "PasswordResetsPerAddressPerHour", "LinkOpensPerAddressPerMinute", "ResetEmailsPerAccount" })
        {
            App.Settings[$"RequestLimits:{limit}"] = "1000000";
        }
        return App.InitializeAsync(kestrel: true);
    }

    public Task DisposeAsync() => App.DisposeAsync();
}

public sealed class ConcurrentAccountTests(LiveSiteFixture site) : IClassFixture<LiveSiteFixture>
{
    private const int AtOnce = 6;

    [Fact]
    public async Task SameInvitationSentSixTimesAtOnce_MakesOneAccountAndOneEmail_AndTellsTheOthersPlainly()
    {
        var app = site.App;
        var admin = await app.CreateUserAsync(Roles.Admin);
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, admin.Email!, WebAppFixture.Password);
        var token = await Forms.AntiforgeryTokenAsync(client, "/admin/users/invite");
        var email = $"twice-{Guid.NewGuid():N}@example.test";

        var responses = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ => client.PostAsync("/admin/users/invite", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["FullName"] = "Sam Twice",
                ["Email"] = email,
                ["Role"] = Roles.Coach,
            }))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal(["An account with this email address already exists"], Forms.ErrorSummary(await Forms.ReadAsync(refused)));
        }
        var (accounts, emails) = await app.WithDbAsync(async db => (
            await db.Users.CountAsync(u => u.Email == email),
            await db.OutboxEmails.CountAsync(e => e.ToAddress == email)));
        Assert.Equal(1, accounts);
        Assert.Equal(1, emails);
    }

    [Fact]
    public async Task SameOrganisationRegisteredSixTimesAtOnce_MakesOneAccountAndOneOrganisation()
    {
        var app = site.App;
        using var client = app.CreateClient();
        var token = await Forms.AntiforgeryTokenAsync(client, "/register-organisation");
        var email = $"register-{Guid.NewGuid():N}@example.test";
        var organisation = $"Twice Bakery {Guid.NewGuid():N}";

        var responses = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ => client.PostAsync("/register-organisation", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["OrganisationName"] = organisation,
                ["Level"] = "None",
                ["FullName"] = "Alex Baker",
                ["Email"] = email,
                ["Password"] = "a long enough password",
                ["ConfirmPassword"] = "a long enough password",
            }))));

        Assert.All(responses, r => Assert.NotEqual(HttpStatusCode.InternalServerError, r.StatusCode));
        // Every attempt gets the same answer (registration never says an address has an account); the database keeps one.
        Assert.All(responses, r => Assert.Equal("/register-organisation/received", r.Headers.Location?.ToString()));
        var (accounts, organisations) = await app.WithDbAsync(async db => (
            await db.Users.CountAsync(u => u.Email == email),
            await db.Employers.CountAsync(e => e.Name == organisation)));
        Assert.Equal(1, accounts);
        Assert.Equal(1, organisations);
    }
}
