using System.CommandLine;
using Employment.Core.Reference;
using Microsoft.EntityFrameworkCore;

namespace Employment.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply database migrations and bring the reference data (SOC 2020, vocabularies, areas, postcodes) up to date.");
        command.Options.Add(Database.ConnectionOption);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var dataSource = Database.Open(parse);
            await using var db = Database.Context(dataSource);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            await new ReferenceDataLoader(db).LoadAsync(cancellationToken);
            Console.WriteLine(pending.Count == 0
                ? "The database was already up to date. Reference data checked."
                : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}. Reference data loaded.");
            return 0;
        });
        return command;
    }
}
