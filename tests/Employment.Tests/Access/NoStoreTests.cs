using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Tests.MyView;
using Employment.Tests.Security;

namespace Employment.Tests.Access;

/// <summary>Nothing personal is kept by a browser or proxy: every route in the access table answers with no-store, for every role that may reach it.</summary>
public sealed class NoStoreTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData(AccessTable.Anonymous)]
    [InlineData(Roles.Coach)]
    [InlineData(Roles.Employer)]
    [InlineData(Roles.Adviser)]
    [InlineData(Roles.Admin)]
    [InlineData(AccessTable.JobSeekerLink)]
    public async Task EveryRoute_ForEveryoneWhoMayReachIt_SaysNoStore(string who)
    {
        using var client = await ClientForAsync(who);
        var token = await Forms.AntiforgeryTokenAsync(client, who == AccessTable.JobSeekerLink ? "/my" : "/sign-in");
        var failures = new List<string>();
        var checkedRoutes = 0;
        foreach (var route in Endpoints.All(app.Factory.Services).Where(r => AccessTable.Rules[r.Key].Contains(who)).OrderBy(r => r.Key is "POST /sign-out" or "POST /my/close"))
        {
            var method = route.Method == "*" ? "GET" : route.Method;
            using var request = new HttpRequestMessage(new HttpMethod(method), AccessTable.SamplePath(route.Pattern));
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            }
            using var response = await client.SendAsync(request);
            checkedRoutes++;
            if (response.Headers.CacheControl?.NoStore != true)
            {
                failures.Add($"{route.Key}: {(int)response.StatusCode} with Cache-Control \"{response.Headers.CacheControl}\"");
            }
        }
        Assert.True(checkedRoutes > 0, $"No route declared for {who}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task StaticFiles_MayStillBeCached()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/css/app.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    private async Task<HttpClient> ClientForAsync(string who)
    {
        if (who == AccessTable.JobSeekerLink)
        {
            return await (await MyViewWorld.CreateAsync(app, 77)).OpenLinkAsync(app);
        }
        var client = app.CreateClient();
        if (who != AccessTable.Anonymous)
        {
            var user = await app.CreateUserAsync(who);
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password)).StatusCode);
        }
        return client;
    }
}
