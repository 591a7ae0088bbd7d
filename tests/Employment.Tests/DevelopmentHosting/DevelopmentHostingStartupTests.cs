using Employment.Core.Data;
using Employment.Development;
using Employment.Seed;
using Employment.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Employment.Tests.DevelopmentHosting;

/// <summary>
/// `dotnet run` in Development: the site itself knows nothing of the demo world or the private cluster; the
/// Employment.Development hosting startup (named in launchSettings.json, Debug builds only) adds both.
/// </summary>
[Collection(DevelopmentHostingCollection.Name)]
public sealed class DevelopmentHostingStartupTests
{
    [Fact]
    public async Task WithoutTheHostingStartup_TheSiteInDevelopmentLoadsNoDemoWorld()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();

        await using (var site = StartInDevelopment(connectionString, hostingStartup: false))
        {
            _ = site.Services;
        }

        Assert.False(await HasJobSeekersAsync(connectionString));
    }

    [Fact]
    public async Task WithTheHostingStartup_AnEmptyDatabaseGetsTheDemoWorldOnFirstStart()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();

        await using (var site = StartInDevelopment(connectionString, hostingStartup: true))
        {
            _ = site.Services;
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var db = new EmploymentDbContext(DbContextOptionsSetup.For(dataSource));
        var demoSignIns = await db.Users.Where(u => DemoAccounts.All.Contains(u.Email!)).Select(u => u.Email).ToListAsync();
        Assert.Equal(DemoAccounts.All.Order(), demoSignIns.Order());
    }

    [Fact]
    public async Task WithTheHostingStartup_NoConnectionString_TheSiteRunsOnThePrivateCluster()
    {
        var folder = StaleClusters.NewFolder();
        try
        {
            await using var site = StartInDevelopment("", hostingStartup: true, ("Database:LocalClusterFolder", folder), ("Demo:LoadOnFirstStart", "false"));

            await using var connection = await site.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
            await using var command = new NpgsqlCommand("SELECT current_database(), inet_server_port()", connection);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            var port = int.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "port")), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((DevelopmentDatabase.DatabaseName, port), (reader.GetString(0), reader.GetInt32(1)));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            LocalPostgresCluster.Start(folder, installIfMissing: false).Destroy();
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task ACloneInAFolderOnlyItsOwnerCanEnter_RunsOnItsPrivateCluster_AndServesHealth()
    {
        // As `mktemp -d` or /root: mode 0700. As root the cluster runs as the postgres user, who cannot enter it.
        var clone = Directory.CreateTempSubdirectory("employment-0700-clone-").FullName;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(clone));
        await File.WriteAllTextAsync(Path.Combine(clone, "Employment.sln"), "");
        var contentRoot = Directory.CreateDirectory(Path.Combine(clone, "src", "Employment.Web")).FullName;
        var clusterFolder = DevelopmentDatabase.ClusterFolder(clone, ".data/postgres");
        try
        {
            await using var site = StartInDevelopment("", hostingStartup: true, ("Database:LocalClusterFolder", ".data/postgres"), ("Demo:LoadOnFirstStart", "false"))
                .WithWebHostBuilder(host => host.UseContentRoot(contentRoot));
            using var client = site.CreateClient();

            using var health = await client.GetAsync("/health");

            Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
            Assert.True(File.Exists(Path.Combine(clusterFolder, "data", "PG_VERSION")));
            Assert.Equal(Environment.UserName == "root", clusterFolder.StartsWith(DevelopmentDatabase.MachineFolder + "/", StringComparison.Ordinal));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (Directory.Exists(clusterFolder))
            {
                LocalPostgresCluster.Start(clusterFolder, installIfMissing: false).Destroy();
            }
            Directory.Delete(clone, recursive: true);
        }
    }

    private static WebApplicationFactory<Program> StartInDevelopment(string connectionString, bool hostingStartup, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("ConnectionStrings:Employment", connectionString);
            host.UseSetting("Database:MigrateOnStart", "true");
            host.UseSetting("Demo:LoadOnFirstStart", "true");
            host.UseSetting("Hangfire:ServerEnabled", "false");
            if (hostingStartup)
            {
                host.UseSetting(WebHostDefaults.HostingStartupAssembliesKey, DevelopmentHostingStartup.AssemblyName);
            }
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });

    private static async Task<bool> HasJobSeekersAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var db = new EmploymentDbContext(DbContextOptionsSetup.For(dataSource));
        return await db.JobSeekers.AnyAsync();
    }
}

/// <summary>
/// Alone, after the other tests: Hangfire keeps its storage in a process-wide static, and one of these sites runs on a
/// cluster of its own that is destroyed when the test ends, which no other site may be pointed at.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DevelopmentHostingCollection
{
    public const string Name = "Development hosting";
}
