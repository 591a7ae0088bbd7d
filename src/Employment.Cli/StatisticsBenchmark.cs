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
        var keep = new Option<bool>("--keep") { Description = "Keep the database afterwards (to study query plans); its name is printed." };
        var reuse = new Option<string?>("--database")
        {
            Description = "Time an existing benchmark database (one kept with --keep) instead of loading a new one: it is migrated, not loaded, and kept.",
        };
        var command = new Command("statistics", "Time the adviser outcomes dashboard over millions of placement events.");
        command.Options.Add(events);
        command.Options.Add(runs);
        command.Options.Add(keep);
        command.Options.Add(reuse);
        command.Options.Add(Database.ConnectionOption);
        command.SetAction(async (parse, ct) => await RunAsync(Database.ConnectionString(parse), parse.GetValue(events), parse.GetValue(runs), parse.GetValue(keep), parse.GetValue(reuse), ct));
        return command;
    }

    private static async Task<int> RunAsync(string serverConnection, int eventCount, int runs, bool keep, string? reuse, CancellationToken ct)
    {
        Console.WriteLine($"{Environment.ProcessorCount} processor(s), .NET {Environment.Version}, load average {LoadAverage()} at the start.");
        await using var server = NpgsqlDataSource.Create(serverConnection);
        var name = reuse ?? "employment_benchmark_" + Guid.NewGuid().ToString("N")[..8];
        keep |= reuse is not null;
        if (reuse is null)
        {
            await BenchmarkCommand.ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", ct);
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(serverConnection) { Database = name, CommandTimeout = 0 };
            await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
            var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            int council;
            await using (var db = Database.Context(dataSource))
            {
                var migrate = Stopwatch.StartNew();
                await db.Database.MigrateAsync(ct);
                if (reuse is null)
                {
                    await new Core.Reference.ReferenceDataLoader(db).LoadAsync(ct);
                    var load = Stopwatch.StartNew();
                    var (people, placements, written) = await new StatisticsBenchmarkData(today).LoadAsync(db, eventCount, ct);
                    Console.WriteLine($"Loaded {written:N0} placement events ({placements:N0} placements, {people:N0} people) in {load.Elapsed.TotalSeconds:0}s.");
                }
                else
                {
                    Console.WriteLine($"Reused {name}: migrated in {migrate.Elapsed.TotalSeconds:0}s; {await db.Set<PlacementSpell>().CountAsync(ct):N0} spells.");
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
            for (var i = 0; i < 3; i++)
            {
                await BuildAsync(dataSource, variants[i], today, ct);
            }
            var timings = new List<(string Name, double Ms)>();
            for (var i = 0; i < runs; i++)
            {
                var variant = variants[i % variants.Length];
                timings.Add((variant.Name, await BuildAsync(dataSource, variant, today, ct)));
            }
            var sorted = timings.Select(t => t.Ms).Order().ToList();
            var p95 = sorted[(int)Math.Ceiling(0.95 * sorted.Count) - 1];
            Console.WriteLine($"Dashboard, {runs} runs over {variants.Length} filters: median {sorted[sorted.Count / 2]:N0} ms, p95 {p95:N0} ms, slowest {sorted[^1]:N0} ms (goal: p95 under {P95GoalMs:N0} ms: {(p95 < P95GoalMs ? "met" : "missed")}).");
            foreach (var group in timings.GroupBy(t => t.Name))
            {
                Console.WriteLine($"  {group.Key,-36} median {group.Select(t => t.Ms).Order().ElementAt(group.Count() / 2),8:N0} ms");
            }
            Console.WriteLine($"Load average {LoadAverage()} at the end.");
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (keep)
            {
                Console.WriteLine($"Kept the database {name}.");
            }
            else
            {
                await BenchmarkCommand.ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
            }
        }
    }

    private static async Task<double> BuildAsync(NpgsqlDataSource dataSource, (string Name, StatisticsFilter Filter, Period Period) variant, DateOnly today, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var db = Database.Context(dataSource);
        await new Dashboard(db).BuildAsync(variant.Filter, variant.Period, today, ct);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
