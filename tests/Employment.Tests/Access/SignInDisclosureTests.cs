using System.Diagnostics;
using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Account;
using Xunit.Abstractions;

namespace Employment.Tests.Access;

/// <summary>Sign-in says nothing about whether an address has an account: not in its words, not in its timing.</summary>
public sealed class SignInDisclosureTests(WebAppFixture app, ITestOutputHelper output) : IClassFixture<WebAppFixture>
{
    private const int Tries = 20;

    /// <summary>
    /// How far apart the two medians may be: a quarter of the slower one, and never less than 15 ms. Before the fix an
    /// unknown address answered in about 3 ms against 80 to 230 ms for a real one; the password hash is most of both now.
    /// </summary>
    private static double Margin(double slower) => Math.Max(15, slower * 0.25);

    [Fact]
    public async Task UnknownAddress_RealAddressWithWrongPassword_AndLockedAccount_GetTheSameWords()
    {
        var locked = await app.CreateUserAsync(Roles.Coach);
        using var client = app.CreateClient();
        for (var i = 0; i < Employment.Web.Infrastructure.AccountsSetup.MaxFailedSignIns; i++)
        {
            (await Forms.SignInAsync(client, locked.Email!, "wrong password every time")).Dispose();
        }
        var real = await app.CreateUserAsync(Roles.Coach);

        var unknown = await ErrorsAsync(client, $"nobody-{Guid.NewGuid():N}@example.test", "some password or other");
        var wrong = await ErrorsAsync(client, real.Email!, "some password or other");
        var lockedOut = await ErrorsAsync(client, locked.Email!, WebAppFixture.Password);

        Assert.Equal([SignInService.NotRecognised], unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, lockedOut);
    }

    [Fact]
    public async Task UnknownAddress_TakesAboutAsLongAsAWrongPasswordForARealAccount()
    {
        var real = await app.CreateUserAsync(Roles.Coach);
        using var client = app.CreateClient();
        var token = await Forms.AntiforgeryTokenAsync(client, "/sign-in");
        await TimeAsync(client, token, real.Email!); // warm up: the first request compiles views and opens connections
        await TimeAsync(client, token, "warm-up@example.test");

        var realTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = 0; i < Tries; i++)
        {
            // Interleaved, so anything else slowing the machine slows both alike. After the lockout threshold the real
            // account is locked, which must take as long too.
            realTimes.Add(await TimeAsync(client, token, real.Email!));
            unknownTimes.Add(await TimeAsync(client, token, $"nobody-{Guid.NewGuid():N}@example.test"));
        }

        var realMedian = Median(realTimes);
        var unknownMedian = Median(unknownTimes);
        output.WriteLine($"Median over {Tries} tries: real account {realMedian:0.0} ms, unknown address {unknownMedian:0.0} ms");
        Assert.True(Math.Abs(realMedian - unknownMedian) <= Margin(Math.Max(realMedian, unknownMedian)),
            $"Real account {realMedian:0.0} ms against unknown address {unknownMedian:0.0} ms");
    }

    private static async Task<IReadOnlyList<string>> ErrorsAsync(HttpClient client, string email, string password)
    {
        using var response = await Forms.SignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Forms.ErrorSummary(await Forms.ReadAsync(response));
    }

    private static async Task<double> TimeAsync(HttpClient client, string token, string email)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Email"] = email, ["Password"] = "not the right password",
        }));
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }
}
