using Employment.Core.Data;
using Employment.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!database.MigrateOnStart)
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EmploymentDbContext>();
        Console.WriteLine("Applying database migrations and reference data");
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().LoadAsync();
    }
}
