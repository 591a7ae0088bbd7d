using System.CommandLine;
using System.Diagnostics;
using Employment.Core.Interchange;
using Employment.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Cli;

/// <summary>Generates a synthetic dataset and imports it into a fresh database made for the purpose, then drops it.</summary>
internal static class BenchmarkCommand
{
    public static Command Create()
    {
        var candidates = new Option<int>("--candidates") { Description = "How many candidates to generate.", DefaultValueFactory = _ => 100_000 };
        var import = new Command("import", "Time an import of generated candidates, employers, vacancies and placements into a fresh database.");
        import.Options.Add(candidates);
        import.Options.Add(Database.ConnectionOption);
        import.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(candidates);
            var serverConnection = Database.ConnectionString(parse);
            await using var database = await BenchmarkDatabase.OpenAsync(serverConnection, keep: false, reuse: null, ct);
            var folder = database.Folder;
            await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString(serverConnection));
            await using var db = Database.Context(dataSource);
            await db.Database.MigrateAsync(ct);
            await new ReferenceDataLoader(db).LoadAsync(ct);

            var generate = Stopwatch.StartNew();
            DatasetGenerator.Write(folder, new GeneratedDatasetOptions { Candidates = count, Employers = Math.Max(10, count / 100), Vacancies = Math.Max(50, count / 10) },
                await ReferenceSets.LoadAsync(db, ct));
            var megabytes = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length) / 1_048_576.0;
            Console.WriteLine($"Generated {count:N0} candidates ({megabytes:0.0} MB in four files) in {generate.Elapsed.TotalSeconds:0.0}s.");

            var clock = Stopwatch.StartNew();
            var report = await new DatasetImporter(db, TimeProvider.System).ImportAsync(folder, new ImportOptions { Source = "Benchmark" }, new ConsoleProgress(Console.Error), ct);
            var seconds = clock.Elapsed.TotalSeconds;
            ReportWriter.Write(report, Console.Out);
            Console.WriteLine();
            Console.WriteLine($"Imported {report.RowsRead:N0} rows ({count:N0} candidates) in {seconds:0.0}s: {report.RowsRead / seconds:N0} rows/s, {count / seconds:N0} candidates/s.");

            clock.Restart();
            var again = await new DatasetImporter(db, TimeProvider.System).ImportAsync(folder, new ImportOptions { Source = "Benchmark, second time" }, null, ct);
            Console.WriteLine($"Importing the same files again: {again.RowsRead:N0} rows, {again.Files.Sum(f => f.Added + f.Changed):N0} written, in {clock.Elapsed.TotalSeconds:0.0}s.");
            return report.Status == ImportReport.Loaded ? 0 : 1;
        });
        var command = new Command("benchmark", "Measure how fast things run on this machine.");
        command.Subcommands.Add(import);
        command.Subcommands.Add(RankerBenchmark.Create());
        command.Subcommands.Add(StatisticsBenchmark.Create());
        command.Subcommands.Add(DifferencingBenchmark.Create());
        command.Subcommands.Add(OccupationBenchmark.Create());
        command.Subcommands.Add(EhcPageBenchmark.Create());
        command.Subcommands.Add(LoadBenchmark.Create());
        return command;
    }

    internal static async Task ExecuteAsync(NpgsqlDataSource server, string sql, CancellationToken ct)
    {
        await using var command = server.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(ct);
    }
}
