using Employment.Core.Data;
using Employment.Development;
using Employment.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster per test run (or the server named by EMPLOYMENT_TEST_POSTGRES),
/// with a template database that has the real migrations and reference data; each test class
/// copies the template into a database of its own.
/// </summary>
public static class TestPostgres
{
    private const string TemplateName = "employment_test_template";
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static bool _templateReady;
    private static readonly Lazy<Server> Current = new(StartServer, LazyThreadSafetyMode.ExecutionAndPublication);

    public static async Task<string> CreateDatabaseAsync()
    {
        var server = Current.Value;
        await EnsureTemplateAsync(server);
        var name = "employment_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateName}\"", connection);
        await create.ExecuteNonQueryAsync();
        return server.ConnectionString(name);
    }

    /// <summary>An empty database with nothing in it, for tests of the migrations themselves.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        var server = Current.Value;
        var name = "employment_empty_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return server.ConnectionString(name);
    }

    private static async Task EnsureTemplateAsync(Server server)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_templateReady)
            {
                return;
            }
            await using (var connection = new NpgsqlConnection(server.ConnectionString("postgres")))
            {
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{TemplateName}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{TemplateName}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
            await using (var dataSource = NpgsqlDataSource.Create(server.ConnectionString(TemplateName)))
            await using (var db = new EmploymentDbContext(DbContextOptionsSetup.For(dataSource)))
            {
                await db.Database.MigrateAsync();
                await new ReferenceDataLoader(db).LoadAsync();
            }
            NpgsqlConnection.ClearAllPools();
            _templateReady = true;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static Server StartServer()
    {
        var configured = Environment.GetEnvironmentVariable("EMPLOYMENT_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Server(database => new NpgsqlConnectionStringBuilder(configured) { Database = database }.ConnectionString);
        }
        StaleClusters.Remove();
        var root = StaleClusters.NewFolder();
        var cluster = LocalPostgresCluster.Start(root, installIfMissing: true, Console.WriteLine, throwaway: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            cluster.Destroy();
        };
        return new Server(cluster.ConnectionString);
    }

    private sealed record Server(Func<string, string> ConnectionString);
}
