using System.CommandLine;
using System.Diagnostics;
using Employment.Core.Accounts;
using Employment.Seed;
using Microsoft.AspNetCore.Identity;

namespace Employment.Cli;

internal static class SeedDemoCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Seed number: the same seed always gives the same demo world.", DefaultValueFactory = _ => 2026 };
        var command = new Command("seed-demo", "Load the demo world (for development and demonstrations only) into an empty database.");
        command.Options.Add(Database.ConnectionOption);
        command.Options.Add(seed);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var dataSource = Database.Open(parse);
            await using var db = Database.Context(dataSource);
            if (await DemoDataLoader.HasDemoDataAsync(db))
            {
                // Nothing to do is not a failure: a start-up script (docker-compose.yml) runs this on every start.
                Console.WriteLine("The database already has job seekers in it, so no demo data was loaded.");
                return 0;
            }
            var clock = Stopwatch.StartNew();
            var world = DemoWorldGenerator.Generate(new DemoWorldOptions { Seed = parse.GetValue(seed) });
            await DemoDataLoader.LoadAsync(db, world, new PasswordHasher<AppUser>(), cancellationToken);
            Console.WriteLine($"Loaded the demo world in {clock.Elapsed.TotalSeconds:0.0}s. Sign in with any of {string.Join(", ", DemoAccounts.All)} and password {DemoAccounts.Password}.");
            return 0;
        });
        return command;
    }
}
