using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Security;

public sealed class RouteAccessTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public void EveryRoute_HasADeclaredAccessRule()
    {
        var routes = Endpoints.All(app.Factory.Services);
        var undeclared = routes.Where(r => !AccessTable.Rules.ContainsKey(r.Key)).Select(r => r.Key).ToList();
        Assert.True(undeclared.Count == 0, "Declare who may reach these routes in AccessTable: " + string.Join(", ", undeclared));
        Assert.True(routes.Count >= 20, $"Expected the site's routes, found {routes.Count}");
    }

    [Fact]
    public void AccessTable_HasNoRuleForARouteThatIsGone()
    {
        var keys = Endpoints.All(app.Factory.Services).Select(r => r.Key).ToHashSet();
        var stale = AccessTable.Rules.Keys.Where(k => !keys.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "These rules name routes the site no longer has: " + string.Join(", ", stale));
    }

    [Theory]
    [InlineData(AccessTable.Anonymous)]
    [InlineData(Roles.Coach)]
    [InlineData(Roles.Employer)]
    [InlineData(Roles.Adviser)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.College)]
    public async Task EveryRoute_LetsInOnlyTheRolesItDeclares(string role)
    {
        using var client = app.CreateClient();
        if (role != AccessTable.Anonymous)
        {
            var user = await app.CreateUserAsync(role);
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password)).StatusCode);
        }
        var token = role == AccessTable.Anonymous
            ? await Forms.AntiforgeryTokenAsync(client, "/sign-in")
            : await Forms.AntiforgeryTokenAsync(client, "/sign-out");

        var failures = new List<string>();
        // Signing out would end the session the rest of the checks use, so it goes last.
        foreach (var route in Endpoints.All(app.Factory.Services).OrderBy(r => r.Key == "POST /sign-out"))
        {
            if (route.Key == "GET /access-denied")
            {
                continue; // It answers 403 to everyone by design: it is the refusal page.
            }
            var allowed = AccessTable.Rules[route.Key].Contains(role);
            var method = route.Method == "*" ? "GET" : route.Method;
            using var request = new HttpRequestMessage(new HttpMethod(method), AccessTable.SamplePath(route.Pattern));
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            }
            using var response = await client.SendAsync(request);
            var refused = IsRefused(response, role);
            if (allowed == refused)
            {
                failures.Add($"{route.Key}: {(allowed ? "should let in" : "should refuse")} {role}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool IsRefused(HttpResponseMessage response, string role)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        return response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
            || (response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/sign-in", StringComparison.Ordinal) || location.Contains("/access-denied", StringComparison.Ordinal)))
            || (role == AccessTable.Anonymous && response.StatusCode == HttpStatusCode.Redirect && location.Contains("/sign-in", StringComparison.Ordinal));
    }
}
