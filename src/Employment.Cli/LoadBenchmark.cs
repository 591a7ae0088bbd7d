using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Employment.Core.Reference;
using Employment.Core.Statistics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Cli;

/// <summary>
/// `benchmark load`: a national-scale world in a database of its own, then the site driven over HTTP by signed-in
/// coaches, employers and advisers at several numbers of concurrent users, each page beside the sign-in page (the floor).
/// Without --site it loads and keeps the world and says how to start a site on it.
/// </summary>
internal static class LoadBenchmark
{
    public static Command Create()
    {
        var seekers = new Option<int>("--seekers") { Description = "Job seekers to load.", DefaultValueFactory = _ => 600_000 };
        var opportunities = new Option<int>("--opportunities") { Description = "Opportunities to load.", DefaultValueFactory = _ => 200_000 };
        var events = new Option<int>("--events") { Description = "Placement events to load.", DefaultValueFactory = _ => 3_000_000 };
        var caseload = new Option<int>("--caseload") { Description = "People per coach.", DefaultValueFactory = _ => 40 };
        var site = new Option<string?>("--site") { Description = "The running site on this database, e.g. http://127.0.0.1:5099. Without it the world is loaded and kept." };
        var users = new Option<string>("--users") { Description = "Concurrent users, comma separated.", DefaultValueFactory = _ => "8,32,128" };
        var seconds = new Option<int>("--seconds") { Description = "Seconds each page is driven at each number of users (after one to warm up).", DefaultValueFactory = _ => 10 };
        var kept = new BenchmarkDatabase.Options();
        var command = new Command("load", "Load a national-scale world and drive the site's daily pages over HTTP at 8, 32 and 128 concurrent users.");
        foreach (var option in new Option[] { seekers, opportunities, events, caseload, site, users, seconds, Database.ConnectionOption })
        {
            command.Options.Add(option);
        }
        kept.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var serverConnection = Database.ConnectionString(parse);
            var siteAddress = parse.GetValue(site);
            await using var database = await BenchmarkDatabase.OpenAsync(serverConnection, parse.GetValue(kept.Keep) || siteAddress is null, parse.GetValue(kept.Reuse), ct);
            var connection = database.ConnectionString(serverConnection, commandTimeout: 600);
            await using var dataSource = NpgsqlDataSource.Create(connection);
            await using (var db = Database.Context(dataSource))
            {
                await db.Database.MigrateAsync(ct);
                if (!database.IsReused)
                {
                    await new ReferenceDataLoader(db).LoadAsync(ct);
                    var clock = Stopwatch.StartNew();
                    var sizes = new LoadBenchmarkWorld.Sizes(parse.GetValue(seekers), parse.GetValue(opportunities), parse.GetValue(events), parse.GetValue(caseload));
                    var loaded = await new LoadBenchmarkWorld(DateOnly.FromDateTime(DateTime.UtcNow)).LoadAsync(db, sizes, ct);
                    Console.WriteLine($"Loaded {loaded} in {clock.Elapsed.TotalSeconds:0}s.");
                }
                // What the worker's statistics job keeps up to date: without it the adviser dashboard works every figure out live.
                var built = Stopwatch.StartNew();
                if (await new StatisticsSnapshotBuilder(db, TimeProvider.System).RefreshAsync(ct) is not null)
                {
                    Console.WriteLine($"Worked out the adviser statistics, as the worker does, in {built.Elapsed.TotalSeconds:0}s.");
                }
            }
            if (siteAddress is null)
            {
                Console.WriteLine("Start a site on it (a Release build, from its own folder so it reads its appsettings.json), for example:");
                Console.WriteLine("  cd src/Employment.Web/bin/Release/net10.0 && ASPNETCORE_ENVIRONMENT=Production Node__Role=web \\");
                Console.WriteLine($"  ConnectionStrings__Employment='{connection}' DataProtection__KeyRingKey=$(openssl rand -base64 32) \\");
                Console.WriteLine("  Site__PublicAddress=http://127.0.0.1:5099 RequestLimits__SignInsPerAddressPerMinute=1000 dotnet Employment.Web.dll --urls http://127.0.0.1:5099");
                Console.WriteLine($"then: employment benchmark load --database {database.Name} --site http://127.0.0.1:5099");
                return 0;
            }
            var levels = parse.GetValue(users)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(u => int.Parse(u, CultureInfo.InvariantCulture)).ToList();
            var driver = await LoadDriver.SignInAsync(new Uri(siteAddress), dataSource, ct);
            await driver.RunAsync(levels, TimeSpan.FromSeconds(parse.GetValue(seconds)), Console.Out, ct);
            return 0;
        });
        return command;
    }
}
