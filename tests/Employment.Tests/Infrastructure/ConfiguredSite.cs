using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Employment.Tests.Infrastructure;

/// <summary>
/// The site on a database of its own with some settings changed, for tests of start-up and job registration. The
/// Hangfire server is off unless a setting turns it on; the caller disposes the site.
/// </summary>
public static class ConfiguredSite
{
    public static async Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        return new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("ConnectionStrings:Employment", connectionString);
            host.UseSetting("Database:MigrateOnStart", "false");
            host.UseSetting("Hangfire:ServerEnabled", "false");
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
    }
}
