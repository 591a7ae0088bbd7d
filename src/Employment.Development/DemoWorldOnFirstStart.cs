using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Employment.Development;

/// <summary>
/// Loads the demo world into an empty database as the site starts. Only where the site migrates on start
/// (Database:MigrateOnStart), because the site has migrated the database by the time hosted services start.
/// </summary>
internal sealed class DemoWorldOnFirstStart(IServiceProvider services, IConfiguration configuration, IOptions<DemoOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value;
        if (!demo.LoadOnFirstStart || !configuration.GetValue<bool>("Database:MigrateOnStart"))
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EmploymentDbContext>();
        if (await DemoDataLoader.HasDemoDataAsync(db))
        {
            return;
        }
        Console.WriteLine($"Loading demo data (seed {demo.Seed}); this happens only the first time and takes under a minute.");
        var world = DemoWorldGenerator.Generate(new DemoWorldOptions { Seed = demo.Seed });
        await DemoDataLoader.LoadAsync(db, world, scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
