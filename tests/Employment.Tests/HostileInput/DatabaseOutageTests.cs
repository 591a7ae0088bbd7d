using System.Net;
using Employment.Development;
using Employment.Web.Infrastructure.Faults;
using Employment.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Employment.Tests.HostileInput;

/// <summary>
/// The running site on a PostgreSQL cluster of its own, which the test stops and starts again: every page says the
/// service is unavailable (503, Retry-After) while it is down, and works again when it is back, with no restart.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly string _root = StaleClusters.NewFolder("outage");
    private LocalPostgresCluster? _cluster;
    private WebApplicationFactory<Program>? _site;

    public Task InitializeAsync()
    {
        _cluster = LocalPostgresCluster.Start(_root, installIfMissing: false);
        _site = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("ConnectionStrings:Employment", _cluster.ConnectionString("postgres"));
            host.UseSetting("Database:MigrateOnStart", "true");
            host.UseSetting("Hangfire:ServerEnabled", "false");
            host.UseSetting("hostingStartupExclusions", "Employment.Development");
            host.UseSetting(WebHostDefaults.PreventHostingStartupKey, "true");
        });
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _site?.Dispose();
        NpgsqlConnection.ClearAllPools();
        _cluster?.Destroy();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task WhileTheDatabaseIsStopped_PagesAnswer503WithRetryAfter_AndWorkAgainWhenItIsBack()
    {
        using var client = _site!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        // A page that reads the database (signing in looks the account up).
        using var signInBefore = await Forms.SignInAsync(client, "nobody@example.test", "not a password");
        Assert.Equal(HttpStatusCode.OK, signInBefore.StatusCode);

        _cluster!.Stop();
        NpgsqlConnection.ClearAllPools();
        try
        {
            var token = await Forms.AntiforgeryTokenAsync(client, "/sign-in");
            using var signIn = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Email"] = "nobody@example.test", ["Password"] = "not a password",
            }));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
            Assert.True(signIn.Headers.RetryAfter is not null, "Retry-After is missing");
            var page = await signIn.Content.ReadAsStringAsync();
            Assert.Contains("The service is not available at the moment; nothing you entered has been lost or saved", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        }
        finally
        {
            _cluster = LocalPostgresCluster.Start(_root, installIfMissing: false);
        }

        using var after = await Forms.SignInAsync(client, "nobody@example.test", "not a password");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(Fault.Unavailable, Fault.Of(new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111)))!.Message);
    }
}
