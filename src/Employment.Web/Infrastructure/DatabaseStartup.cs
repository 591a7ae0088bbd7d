using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Reference;
using Employment.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!database.MigrateOnStart)
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EmploymentDbContext>();
        Console.WriteLine("Applying database migrations and reference data");
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().LoadAsync();
        if (demo.LoadOnFirstStart && app.Environment.IsDevelopment() && !await DemoDataLoader.HasDemoDataAsync(db))
        {
            Console.WriteLine($"Loading demo data (seed {demo.Seed}); this happens only the first time and takes under a minute.");
            var world = DemoWorldGenerator.Generate(new DemoWorldOptions { Seed = demo.Seed });
            await DemoDataLoader.LoadAsync(db, world, scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>(), CancellationToken.None);
        }
    }
}
