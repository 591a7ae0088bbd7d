using Employment.Development;
using Employment.Tests.Infrastructure;
using Npgsql;

namespace Employment.Tests.DevelopmentHosting;

/// <summary>
/// The run command's private cluster keeps data a small council may rely on, so it keeps PostgreSQL's safe defaults;
/// only the tests' throwaway clusters trade them for speed (decision 0054).
/// </summary>
[Collection(DevelopmentHostingCollection.Name)]
public sealed class DurableClusterTests
{
    [Fact]
    public async Task TheRunCommandsCluster_WritesToDiskSafely()
    {
        var folder = StaleClusters.NewFolder();
        try
        {
            var connectionString = DevelopmentDatabase.Start(folder, folder);

            Assert.Equal(("on", "on", "on"), await SettingsAsync(connectionString));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            LocalPostgresCluster.Start(folder, installIfMissing: false).Destroy();
        }
    }

    [Fact]
    public async Task AStoppedClusterWhosePortWasTaken_StartsOnAnotherPort_AndKeepsItsData()
    {
        var folder = StaleClusters.NewFolder();
        try
        {
            var first = LocalPostgresCluster.Start(folder, installIfMissing: false);
            await first.EnsureDatabaseAsync("kept");
            await ExecuteAsync(first.ConnectionString("kept"), "CREATE TABLE notes (text text); INSERT INTO notes VALUES ('still here')");
            NpgsqlConnection.ClearAllPools();
            first.Stop();
            using var squatter = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, first.Port);
            squatter.Start();

            var moved = LocalPostgresCluster.Start(folder, installIfMissing: false);

            Assert.NotEqual(first.Port, moved.Port);
            Assert.Equal(moved.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(folder, "port")).Trim());
            await using var connection = new NpgsqlConnection(moved.ConnectionString("kept"));
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT text FROM notes", connection);
            Assert.Equal("still here", await read.ExecuteScalarAsync());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            LocalPostgresCluster.Start(folder, installIfMissing: false).Destroy();
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task TheTestsThrowawayClusters_SkipTheWritesToDisk()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("EMPLOYMENT_TEST_POSTGRES")))
        {
            return; // a server of the caller's own: its settings are theirs
        }
        var connectionString = await TestPostgres.CreateDatabaseAsync();

        Assert.Equal(("off", "off", "off"), await SettingsAsync(connectionString));
    }

    private static async Task<(string Fsync, string FullPageWrites, string SynchronousCommit)> SettingsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('fsync'), current_setting('full_page_writes'), current_setting('synchronous_commit')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
    }
}
