using System.CommandLine;
using System.Diagnostics;
using Employment.Core.Statistics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Cli;

/// <summary>
/// "benchmark differencing": the attacker's check (decision 0062) over a generated world far larger than the demo one,
/// 100,000 people by default (the statistics benchmark's history, <see cref="StatisticsBenchmarkData"/>: 30 events a
/// person). Prints the filter-set pairs compared and the hidden cells worked out exactly, which must be none.
/// </summary>
internal static class DifferencingBenchmark
{
    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "People in the generated world (30 placement events each).", DefaultValueFactory = _ => 100_000 };
        var database = new BenchmarkDatabase.Options();
        var command = new Command("differencing", "Check that no hidden cell of the dashboard can be worked out by subtraction, over a generated world.");
        command.Options.Add(people);
        database.AddTo(command);
        command.Options.Add(Database.ConnectionOption);
        command.SetAction(async (parse, ct) =>
        {
            var serverConnection = Database.ConnectionString(parse);
            await using var benchmarkDatabase = await database.OpenAsync(parse, serverConnection, ct);
            return await RunAsync(benchmarkDatabase, serverConnection, parse.GetValue(people), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(BenchmarkDatabase database, string serverConnection, int peopleWanted, CancellationToken ct)
    {
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString(serverConnection, commandTimeout: 0));
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        List<int> councils;
        await using (var db = Database.Context(dataSource))
        {
            await db.Database.MigrateAsync(ct);
            if (!database.IsReused)
            {
                await new Core.Reference.ReferenceDataLoader(db).LoadAsync(ct);
                var load = Stopwatch.StartNew();
                var (loaded, placements, events) = await new StatisticsBenchmarkData(today).LoadAsync(db, peopleWanted * 30, ct);
                Console.WriteLine($"Loaded {loaded:N0} people, {placements:N0} placements, {events:N0} events in {load.Elapsed.TotalSeconds:0}s.");
            }
            councils = await db.JobSeekers.Select(j => j.LocalAuthorityId).Distinct().OrderBy(id => id).ToListAsync(ct);
            Console.WriteLine($"The world: {await db.JobSeekers.CountAsync(ct):N0} people in {councils.Count} councils, {await db.PlacementEvents.CountAsync(ct):N0} placement events.");
            var build = Stopwatch.StartNew();
            await new StatisticsSnapshotBuilder(db, TimeProvider.System).BuildAsync(today, ct);
            Console.WriteLine($"Statistics snapshot built in {build.Elapsed.TotalSeconds:0.0} s.");
        }

        var quarter = Period.QuarterContaining(Period.QuarterContaining(today).From.AddDays(-1));
        var clock = Stopwatch.StartNew();
        var result = await new DifferencingCheck(() => Database.Context(dataSource)).RunAsync(quarter, today, councils, ct);
        Console.WriteLine($"{quarter.Label} and its financial year: {result.FilterSets:N0} dashboards read, {result.PairsChecked:N0} filter-set pairs checked, " +
            $"{result.HiddenCells:N0} hidden cells, {result.Recovered.Count} recoverable, {result.Contradictions.Count} contradictions, in {clock.Elapsed.TotalSeconds:0} s.");
        foreach (var cell in result.Recovered.Take(20))
        {
            Console.WriteLine($"  recovered: {cell}");
        }
        if (result.Contradictions.Count > 0)
        {
            Console.WriteLine($"  first contradiction: {DifferencingCheck.FirstContradiction}");
        }
        return result.Recovered.Count == 0 && result.Contradictions.Count == 0 ? 0 : 1;
    }
}
