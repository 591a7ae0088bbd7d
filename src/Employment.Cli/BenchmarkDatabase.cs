using System.CommandLine;
using Npgsql;

namespace Employment.Cli;

/// <summary>
/// A benchmark's own database (and the temporary folder of any dataset it generates): made fresh and dropped afterwards,
/// or kept with <c>--keep</c>, or an earlier kept one timed again with <c>--database NAME</c> (then it is kept too).
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _server;
    private readonly bool _keep;

    private BenchmarkDatabase(NpgsqlDataSource server, string name, bool reused, bool keep)
    {
        _server = server;
        Name = name;
        IsReused = reused;
        _keep = keep || reused;
    }

    public string Name { get; }

    /// <summary>True when timing a database kept by an earlier run: it is migrated, not loaded again.</summary>
    public bool IsReused { get; }

    /// <summary>Where a generated dataset goes, named after the database so that a kept one can be found again.</summary>
    public string Folder => Path.Combine(Path.GetTempPath(), Name);

    /// <summary>The <c>--keep</c> and <c>--database</c> options, for each benchmark command that takes them.</summary>
    public sealed class Options
    {
        public Option<bool> Keep { get; } = new("--keep") { Description = "Keep the database (and the generated dataset, if any) afterwards; its name is printed." };

        public Option<string?> Reuse { get; } = new("--database")
        {
            Description = "Time an existing benchmark database kept with --keep (and its dataset) instead of making a new one: it is migrated, not loaded, and kept.",
        };

        public void AddTo(Command command)
        {
            command.Options.Add(Keep);
            command.Options.Add(Reuse);
        }

        public Task<BenchmarkDatabase> OpenAsync(ParseResult parse, string serverConnection, CancellationToken ct) =>
            BenchmarkDatabase.OpenAsync(serverConnection, parse.GetValue(Keep), parse.GetValue(Reuse), ct);
    }

    public static async Task<BenchmarkDatabase> OpenAsync(string serverConnection, bool keep, string? reuse, CancellationToken ct)
    {
        var server = NpgsqlDataSource.Create(serverConnection);
        var database = new BenchmarkDatabase(server, reuse ?? "employment_benchmark_" + Guid.NewGuid().ToString("N")[..8], reuse is not null, keep);
        if (!database.IsReused)
        {
            await BenchmarkCommand.ExecuteAsync(server, $"CREATE DATABASE \"{database.Name}\"", ct);
        }
        return database;
    }

    public string ConnectionString(string serverConnection, int? commandTimeout = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnection) { Database = Name };
        if (commandTimeout is { } timeout)
        {
            builder.CommandTimeout = timeout;
        }
        return builder.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_keep)
        {
            // A reused database was named by the user, who knows it already (and it may not even exist).
            if (!IsReused)
            {
                Console.WriteLine($"Kept the database {Name}{(Directory.Exists(Folder) ? $" and its dataset in {Folder}" : "")}: time it again with --database {Name}.");
            }
        }
        else
        {
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
            await BenchmarkCommand.ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None);
        }
        await _server.DisposeAsync();
    }
}
