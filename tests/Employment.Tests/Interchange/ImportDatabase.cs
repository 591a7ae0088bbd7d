using System.Runtime.CompilerServices;
using Employment.Core.Data;
using Employment.Core.Interchange;
using Employment.Tests.Infrastructure;
using Npgsql;

namespace Employment.Tests.Interchange;

/// <summary>A fresh migrated database for one test, with the importer and exporter pointed at it.</summary>
public sealed class ImportDatabase : IAsyncDisposable
{
    private static readonly string[] Tables = ["employers", "opportunities", "job_seekers", "placements", "placement_events", "consent_records", "audit_entries"];

    private ImportDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public string ConnectionString { get; }
    public NpgsqlDataSource DataSource { get; }

    public static async Task<ImportDatabase> CreateAsync() => new(await TestPostgres.CreateDatabaseAsync());

    public static string SampleFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Data", "sample");

    public EmploymentDbContext Context() => new(DbContextOptionsSetup.For(DataSource));

    public async Task<ImportReport> ImportAsync(string folder, bool goodRowsOnly = false, IProgress<ImportProgress>? progress = null)
    {
        await using var db = Context();
        return await new DatasetImporter(db, TimeProvider.System).ImportAsync(folder, new ImportOptions { GoodRowsOnly = goodRowsOnly }, progress);
    }

    public async Task ExportAsync(string folder)
    {
        await using var db = Context();
        await new DatasetExporter(db).ExportAsync(folder);
    }

    /// <summary>Every row of the tables an import writes, as text, to compare before and after.</summary>
    public async Task<string> SnapshotAsync()
    {
        var parts = new List<string>();
        foreach (var table in Tables)
        {
            await using var command = DataSource.CreateCommand($"SELECT coalesce(json_agg(t ORDER BY t.id)::text, '[]') FROM {table} t");
            parts.Add($"{table}: {await command.ExecuteScalarAsync()}");
        }
        return string.Join("\n", parts);
    }

    public async Task<long> CountAsync(string table, string where = "true")
    {
        await using var command = DataSource.CreateCommand($"SELECT count(*) FROM {table} WHERE {where}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync() => await DataSource.DisposeAsync();
}
