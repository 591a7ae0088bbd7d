using System.Net;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Security;

public sealed class HealthTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Health_WithDatabaseUp_IsHealthy()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_WithDatabaseUnreachable_IsUnhealthy()
    {
        await using var broken = app.Factory.WithWebHostBuilder(host =>
            host.UseSetting("ConnectionStrings:Employment", "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=2"));
        using var client = broken.CreateClient();
        using var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
