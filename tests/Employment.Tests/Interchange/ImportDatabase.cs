using System.Runtime.CompilerServices;
using Employment.Core.Data;
using Employment.Core.Interchange;
using Employment.Tests.Infrastructure;
using Npgsql;

namespace Employment.Tests.Interchange;

/// <summary>A database of its own (<see cref="TestDatabase"/>) for one test, with the importer and exporter pointed at it.</summary>
public sealed class ImportDatabase : IAsyncDisposable
{
    private static readonly string[] Tables = ["employers", "opportunities", "job_seekers", "placements", "placement_events", "consent_records", "audit_entries"];

    private readonly TestDatabase _database;

    private ImportDatabase(TestDatabase database) => _database = database;

    public string ConnectionString => _database.ConnectionString;
    public NpgsqlDataSource DataSource => _database.DataSource;
    public TestData TestData => _database.TestData;

    public static async Task<ImportDatabase> CreateAsync() => new(await TestDatabase.CreateAsync());

    public static string SampleFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Data", "sample");

    public EmploymentDbContext Context() => _database.Context();

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

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
