using Employment.Core.Data;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Tests.Database;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_ApplyToAnEmptyDatabase_WithSnakeCaseNames()
    {
        var connectionString = await TestPostgres.CreateEmptyDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var db = new EmploymentDbContext(DbContextOptionsSetup.For(dataSource));

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await using var command = dataSource.CreateCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        Assert.Superset(
            new HashSet<string> { "job_seekers", "employers", "opportunities", "placements", "placement_events", "follow_ups", "local_authorities", "soc_unit_groups", "postcode_districts", "skills", "adjustments", "asp_net_users" },
            tables.ToHashSet());
        Assert.All(tables, t => Assert.Equal(t.ToLowerInvariant(), t));
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var db = new EmploymentDbContext(DbContextOptionsSetup.For(dataSource));

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed: add a migration with dotnet ef migrations add");
    }
}
