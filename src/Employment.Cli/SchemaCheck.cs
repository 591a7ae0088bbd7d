using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Cli;

internal static class SchemaCheck
{
    /// <summary>Import and export expect a migrated database; they say so in plain English rather than fail on a missing table.</summary>
    public static async Task<bool> IsReadyAsync(EmploymentDbContext db, CancellationToken ct)
    {
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await Console.Error.WriteLineAsync("The database is not set up for this version yet. Run `migrate` first: dotnet run --project src/Employment.Cli -- migrate");
            return false;
        }
        return true;
    }
}
