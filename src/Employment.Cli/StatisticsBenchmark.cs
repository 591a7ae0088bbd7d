using System.CommandLine;
using System.Diagnostics;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Statistics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Cli;

/// <summary>
/// "benchmark statistics": the adviser dashboard's latency over a large placement history (issue 6). A synthetic
/// history is copied into a database of its own, dropped at the end; each run builds the whole dashboard, as the page
/// does, with a fresh context and a different filter.
/// </summary>
internal static class StatisticsBenchmark
{
    public const double P95GoalMs = 300;

    public static Command Create()
    {
        var events = new Option<int>("--events") { Description = "Placement events to load.", DefaultValueFactory = _ => 3_000_000 };
        var runs = new Option<int>("--runs") { Description = "Timed dashboard runs after the warm-up.", DefaultValueFactory = _ => 40 };
        var database = new BenchmarkDatabase.Options();
        var live = new Option<bool>("--live") { Description = "Also time the dashboard worked out live from the spells, before the snapshot is built (slow: about a second a run)." };
        var command = new Command("statistics", "Time the adviser outcomes dashboard over millions of placement events.");
        command.Options.Add(events);
        command.Options.Add(runs);
        database.AddTo(command);
        command.Options.Add(live);
        command.Options.Add(Database.ConnectionOption);
        command.SetAction(async (parse, ct) =>
        {
            var serverConnection = Database.ConnectionString(parse);
            await using var benchmarkDatabase = await database.OpenAsync(parse, serverConnection, ct);
            return await RunAsync(benchmarkDatabase, serverConnection, parse.GetValue(events), parse.GetValue(runs), parse.GetValue(live), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(BenchmarkDatabase database, string serverConnection, int eventCount, int runs, bool live, CancellationToken ct)
    {
        Console.WriteLine($"{Environment.ProcessorCount} processor(s), .NET {Environment.Version}, load average {LoadAverage()} at the start.");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString(serverConnection, commandTimeout: 0));
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        int council;
        await using (var db = Database.Context(dataSource))
        {
            var migrate = Stopwatch.StartNew();
            await db.Database.MigrateAsync(ct);
            if (!database.IsReused)
            {
                await new Core.Reference.ReferenceDataLoader(db).LoadAsync(ct);
                var load = Stopwatch.StartNew();
                var (people, placements, written) = await new StatisticsBenchmarkData(today).LoadAsync(db, eventCount, ct);
                Console.WriteLine($"Loaded {written:N0} placement events ({placements:N0} placements, {people:N0} people) in {load.Elapsed.TotalSeconds:0}s.");
            }
            else
            {
                Console.WriteLine($"Reused {database.Name}: migrated in {migrate.Elapsed.TotalSeconds:0}s; {await db.Set<PlacementSpell>().CountAsync(ct):N0} spells.");
            }
            council = await db.JobSeekers.Select(j => j.LocalAuthorityId).FirstAsync(ct);
        }

        var latest = Period.QuarterContaining(Period.QuarterContaining(today).From.AddDays(-1));
        var variants = new (string Name, StatisticsFilter Filter, Period Period)[]
        {
            ("everything, last quarter", StatisticsFilter.All, latest),
            ("one council", new StatisticsFilter(LocalAuthorityId: council), latest),
            ("paid jobs only", new StatisticsFilter(Kind: OpportunityKind.PaidJob), latest),
            ("aged 16 to 24", new StatisticsFilter(AgeBand: AgeBand.Age16To24), latest),
            ("Disability Confident leaders", new StatisticsFilter(DcLevel: DisabilityConfidentLevel.Leader), latest),
            ("financial year", StatisticsFilter.All, Period.FinancialYearContaining(latest.From.AddYears(-1))),
            ("a year ago, one council, 25 to 34", new StatisticsFilter(LocalAuthorityId: council, AgeBand: AgeBand.Age25To34), Period.QuarterContaining(latest.From.AddYears(-1))),
        };
        if (live)
        {
            await using (var db = Database.Context(dataSource))
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM statistics_snapshot", ct);
            }
            Report("Worked out live (no snapshot)", await TimeAsync(dataSource, variants, runs, today, expectSnapshot: false, ct));
        }
        var build = Stopwatch.StartNew();
        await using (var db = Database.Context(dataSource))
        {
            await new StatisticsSnapshotBuilder(db, TimeProvider.System).BuildAsync(today, ct);
        }
        Console.WriteLine($"Statistics snapshot built in {build.Elapsed.TotalSeconds:0.0} s (what the refresh job does after a change).");
        var p95 = Report("Dashboard from the snapshot (the page)", await TimeAsync(dataSource, variants, runs, today, expectSnapshot: true, ct));
        Console.WriteLine($"Goal: p95 under {P95GoalMs:N0} ms: {(p95 < P95GoalMs ? "met" : "missed")}.");
        Console.WriteLine($"Load average {LoadAverage()} at the end.");
        return 0;
    }

    /// <summary>Three warm-up builds, then <paramref name="runs"/> timed ones rotating through the filters, each with a fresh context.</summary>
    private static async Task<List<(string Name, double Ms)>> TimeAsync(NpgsqlDataSource dataSource, (string Name, StatisticsFilter Filter, Period Period)[] variants,
        int runs, DateOnly today, bool expectSnapshot, CancellationToken ct)
    {
        var timings = new List<(string Name, double Ms)>();
        for (var i = -3; i < runs; i++)
        {
            var variant = variants[(i + variants.Length) % variants.Length];
            var clock = Stopwatch.StartNew();
            await using var db = Database.Context(dataSource);
            var figures = await new Dashboard(db).BuildAsync(variant.Filter, variant.Period, today, ct);
            var ms = clock.Elapsed.TotalMilliseconds;
            if (figures.WorkedOutAt.HasValue != expectSnapshot)
            {
                throw new InvalidOperationException($"The dashboard {(expectSnapshot ? "did not read" : "read")} the snapshot for \"{variant.Name}\".");
            }
            if (i >= 0)
            {
                timings.Add((variant.Name, ms));
            }
        }
        return timings;
    }

    private static double Report(string what, List<(string Name, double Ms)> timings)
    {
        var sorted = timings.Select(t => t.Ms).Order().ToList();
        var p95 = sorted[(int)Math.Ceiling(0.95 * sorted.Count) - 1];
        Console.WriteLine($"{what}, {timings.Count} runs over {timings.Select(t => t.Name).Distinct().Count()} filters: median {sorted[sorted.Count / 2]:N1} ms, p95 {p95:N1} ms, slowest {sorted[^1]:N1} ms.");
        foreach (var group in timings.GroupBy(t => t.Name))
        {
            Console.WriteLine($"  {group.Key,-36} median {group.Select(t => t.Ms).Order().ElementAt(group.Count() / 2),8:N1} ms");
        }
        return p95;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
