using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Web.Infrastructure;

namespace Employment.Tests.Access;

/// <summary>
/// The rate limiter over real HTTP. The site sits behind a proxy on loopback (trusted by default), which says who the
/// client is in X-Forwarded-For: each client here is a different address.
/// </summary>
public sealed class RequestLimitTests(LiveSiteFixture site) : IClassFixture<LiveSiteFixture>
{
    private readonly RequestLimits _limits = new();

    [Fact]
    public async Task AnAttackerGuessingOnePassword_IsStopped_WhileTheOwnerAtAnotherAddressSignsIn()
    {
        var victim = await site.App.CreateUserAsync(Roles.Coach);
        using var attacker = ClientAt("203.0.113.7");

        for (var i = 0; i < _limits.SignInsPerAccountFromOneAddress; i++)
        {
            using var guess = await Forms.SignInAsync(attacker, victim.Email!, $"guess number {i}");
            Assert.Equal(HttpStatusCode.OK, guess.StatusCode);
        }
        using var refused = await Forms.SignInAsync(attacker, victim.Email!, "one more guess");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says how long to wait");
        var page = await Forms.ReadAsync(refused);
        Assert.Equal("Too many attempts", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("try again", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("no-store", refused.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var owner = ClientAt("198.51.100.20");
        using var signedIn = await Forms.SignInAsync(owner, victim.Email!, WebAppFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/coach", signedIn.Headers.Location?.ToString());
    }

    [Fact]
    public async Task SprayingManyAccountsFromOneAddress_IsStopped_AndOtherAddressesAreNot()
    {
        using var sprayer = ClientAt("203.0.113.8");
        var token = await Forms.AntiforgeryTokenAsync(sprayer, "/sign-in");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= _limits.SignInsPerAddressPerMinute; i++)
        {
            using var response = await sprayer.PostAsync("/sign-in", SignIn(token, $"someone-{i}-{Guid.NewGuid():N}@example.test"));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(_limits.SignInsPerAddressPerMinute), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses.Last());
        using var neighbour = ClientAt("203.0.113.9");
        using var fine = await neighbour.PostAsync("/sign-in", SignIn(await Forms.AntiforgeryTokenAsync(neighbour, "/sign-in"), "someone@example.test"));
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task GuessingPersonalLinks_IsStopped()
    {
        using var guesser = ClientAt("203.0.113.10");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= _limits.LinkOpensPerAddressPerMinute; i++)
        {
            using var response = await guesser.GetAsync($"/my/link/{Guid.NewGuid():N}");
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(_limits.LinkOpensPerAddressPerMinute));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses.Last());
    }

    [Fact]
    public async Task GuessingShortCodes_IsStopped()
    {
        using var guesser = ClientAt("203.0.113.11");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= _limits.LinkOpensPerAddressPerMinute; i++)
        {
            using var response = await guesser.GetAsync($"/go/{Core.JobSeekers.PersonalLink.NewShortCode()}");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(_limits.LinkOpensPerAddressPerMinute), s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses.Last());
    }

    private HttpClient ClientAt(string address)
    {
        var client = site.App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static FormUrlEncodedContent SignIn(string token, string email) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token, ["Email"] = email, ["Password"] = "a guessed password",
    });
}
