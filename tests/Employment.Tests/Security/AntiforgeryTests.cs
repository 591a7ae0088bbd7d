using System.Net;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Security;

public sealed class AntiforgeryTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task EveryPost_WithoutAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        var posts = Endpoints.All(app.Factory.Services).Where(r => r.Method == "POST").ToList();
        Assert.NotEmpty(posts);
        var clients = new Dictionary<string, HttpClient>();
        try
        {
            var failures = new List<string>();
            foreach (var route in posts)
            {
                // Post as someone the route lets in, so that it is the missing token that refuses the request.
                var role = AccessTable.Rules[route.Key][0];
                if (!clients.TryGetValue(role, out var client))
                {
                    client = app.CreateClient();
                    // A link session is not a sign-in: its routes check the token before they look for the session.
                    if (role != AccessTable.Anonymous && role != AccessTable.JobSeekerLink)
                    {
                        var user = await app.CreateUserAsync(role);
                        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
                    }
                    clients[role] = client;
                }
                var employersBefore = await app.WithDbAsync(db => Task.FromResult(db.Employers.Count()));
                using var response = await client.PostAsync(AccessTable.SamplePath(route.Pattern), new FormUrlEncodedContent([new("Email", "someone@example.com")]));
                var employersAfter = await app.WithDbAsync(db => Task.FromResult(db.Employers.Count()));
                if (response.StatusCode != HttpStatusCode.BadRequest || employersAfter != employersBefore)
                {
                    failures.Add($"{route.Key} answered {(int)response.StatusCode}");
                }
            }
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }
}
