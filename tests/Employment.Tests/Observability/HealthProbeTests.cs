using System.Net;
using Employment.Development;
using Employment.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Employment.Tests.Observability;

/// <summary>
/// The site on a PostgreSQL cluster of its own, which the test stops: /health/live still answers (the process is up, so
/// an orchestrator must not restart it) while /health/ready and /health say 503 (a load balancer sends no one to it).
/// </summary>
public sealed class HealthProbeTests : IAsyncLifetime
{
    private readonly string _root = StaleClusters.NewFolder("probes");
    private LocalPostgresCluster? _cluster;
    private WebApplicationFactory<Program>? _site;

    public Task InitializeAsync()
    {
        _cluster = LocalPostgresCluster.Start(_root, installIfMissing: false);
        _site = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
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
    public async Task WithTheDatabaseStopped_LiveAnswers200_ReadyAnswers503_AndReadyRecoversWhenItIsBack()
    {
        using var client = _site!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AssertStatusAsync(client, "/health/live", HttpStatusCode.OK, "Healthy");
        await AssertStatusAsync(client, "/health/ready", HttpStatusCode.OK, "Healthy");

        _cluster!.Stop();
        NpgsqlConnection.ClearAllPools();
        try
        {
            await AssertStatusAsync(client, "/health/live", HttpStatusCode.OK, "Healthy");
            await AssertStatusAsync(client, "/health/ready", HttpStatusCode.ServiceUnavailable, "Unhealthy");
            await AssertStatusAsync(client, "/health", HttpStatusCode.ServiceUnavailable, "Unhealthy");
        }
        finally
        {
            _cluster = LocalPostgresCluster.Start(_root, installIfMissing: false);
        }

        await AssertStatusAsync(client, "/health/ready", HttpStatusCode.OK, "Healthy");
    }

    private static async Task AssertStatusAsync(HttpClient client, string path, HttpStatusCode expected, string body)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }
}
