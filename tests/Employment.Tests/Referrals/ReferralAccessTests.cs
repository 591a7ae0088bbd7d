using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Referrals;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Referrals;

/// <summary>
/// Who reaches a referral, with real ids on every referral route: its referrer (never the person's record), the coaches of
/// the council it was sent to, and nobody else: not another adviser, a coach of another council, an employer or an administrator.
/// </summary>
public sealed class ReferralAccessTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Stoke = "E06000021";

    [Fact]
    public async Task AnotherAdviser_SeesNoneOfAnAdvisersReferrals_OnAnyRoute()
    {
        var (owner, referral) = await ReferralAsync();
        var other = await app.CreateUserAsync(Roles.Adviser);
        await app.TestData.PutInCouncilAsync(other.Id);
        using var client = await SignInAsync(other);

        var list = await Forms.ReadAsync(await client.GetAsync("/referrals"));
        Assert.Empty(list.QuerySelectorAll("[data-referral]"));
        Assert.DoesNotContain(referral.FirstName, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/referrals/{referral.Id}")).StatusCode);
        var answer = await Forms.PostAsync(client, "/sign-out", $"/referrals/{referral.Id}/answer", new Dictionary<string, string> { ["Answer.Text"] = "Not mine" });
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        foreach (var path in TeamPaths(referral.Id))
        {
            Assert.True(IsRefused(await SendAsync(client, path)), $"{path} should refuse an adviser");
        }

        // The owner sees it, with the team's question and a form to answer it.
        using var ownerClient = await SignInAsync(owner);
        var mine = await Forms.ReadAsync(await ownerClient.GetAsync("/referrals"));
        Assert.Single(mine.QuerySelectorAll($"[data-referral='{referral.Id}']"));
        var page = await Forms.ReadAsync(await ownerClient.GetAsync($"/referrals/{referral.Id}"));
        Assert.Contains("Does she travel on her own?", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href*='/coach/']"));
    }

    [Fact]
    public async Task Employers_AndAdministrators_ReachNoReferralRoute()
    {
        var (_, referral) = await ReferralAsync();
        foreach (var role in new[] { Roles.Employer, Roles.Admin })
        {
            using var client = await SignInAsync(await app.CreateUserAsync(role));
            foreach (var path in ReferrerPaths(referral.Id).Concat(TeamPaths(referral.Id)))
            {
                var response = await SendAsync(client, path);
                Assert.True(IsRefused(response), $"{path} should refuse {role}, got {(int)response.StatusCode}");
                Assert.DoesNotContain(referral.LastName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task ACoachOfAnotherCouncil_SeesNothingOfTheReferral_AndCannotDecideIt()
    {
        var (_, referral) = await ReferralAsync();
        var coach = await app.CreateUserAsync(Roles.Coach);
        await app.TestData.PutInCouncilAsync(coach.Id, Stoke);
        using var client = await SignInAsync(coach);

        var queue = await Forms.ReadAsync(await client.GetAsync("/coach/referrals"));
        Assert.Empty(queue.QuerySelectorAll($"[data-referral='{referral.Id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/coach/referrals/{referral.Id}")).StatusCode);
        foreach (var action in new[] { "accept", "ask", "decline" })
        {
            var refused = await Forms.PostAsync(client, "/sign-out", $"/coach/referrals/{referral.Id}/{action}", new Dictionary<string, string> { ["Question.Text"] = "?", ["Decline.Reason"] = "No" });
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
        Assert.Equal(ReferralStatus.MoreInformationAsked, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Referrals.Where(r => r.Id == referral.Id).Select(r => r.Status))));
        // Nor is it the coach's as a referrer.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/referrals/{referral.Id}")).StatusCode);
    }

    [Fact]
    public async Task TheReferrer_AfterAcceptance_SeesTheStatus_ButNeverThePersonsRecord()
    {
        var (owner, referral) = await ReferralAsync();
        var coach = await app.CreateUserAsync(Roles.Coach);
        await app.TestData.PutInCouncilAsync(coach.Id);
        var personId = await ReferralWalk.AcceptAsync(app, referral.Id, coach.Id);
        using var client = await SignInAsync(owner);

        var page = await Forms.ReadAsync(await client.GetAsync($"/referrals/{referral.Id}"));
        Assert.Equal("Accepted", page.QuerySelector("main .govuk-tag")!.TextContent);
        Assert.Empty(page.QuerySelectorAll($"a[href*='{personId}']"));
        foreach (var path in new[] { $"/job-seekers/{personId}", $"/job-seekers/{personId}/easy-read", $"/job-seekers/{personId}/matches", $"/job-seekers/{personId}/data" })
        {
            Assert.True(IsRefused(await client.GetAsync(path)), $"{path} should refuse the referrer");
        }

        // Another coach of the same council is on the team, but the person's record is their own coach's only.
        var colleague = await app.CreateUserAsync(Roles.Coach);
        await app.TestData.PutInCouncilAsync(colleague.Id);
        using var colleagueClient = await SignInAsync(colleague);
        Assert.Equal(HttpStatusCode.OK, (await colleagueClient.GetAsync($"/coach/referrals/{referral.Id}")).StatusCode);
    }

    private async Task<(AppUser Owner, Referral Referral)> ReferralAsync()
    {
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        await app.TestData.PutInCouncilAsync(adviser.Id);
        var referral = await app.TestData.CreateReferralAsync(adviser.Id, r => r.Named("Ruth", $"Okafor{Guid.NewGuid():N}"[..14]).Asked("Does she travel on her own?"));
        return (adviser, referral);
    }

    private static string[] ReferrerPaths(Guid id) => ["GET /referrals", "GET /referrals/new", $"GET /referrals/{id}", $"POST /referrals/{id}/answer", "POST /referrals/new"];

    private static string[] TeamPaths(Guid id) => ["GET /coach/referrals", $"GET /coach/referrals/{id}", $"POST /coach/referrals/{id}/accept", $"POST /coach/referrals/{id}/ask", $"POST /coach/referrals/{id}/decline"];

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string route)
    {
        var (method, path) = (route.Split(' ')[0], route.Split(' ')[1]);
        if (method == "GET")
        {
            return await client.GetAsync(path);
        }
        var token = await Forms.AntiforgeryTokenAsync(client, "/sign-out");
        return await client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/access-denied", StringComparison.Ordinal));

    private async Task<HttpClient> SignInAsync(AppUser user)
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password)).StatusCode);
        return client;
    }
}
