using System.CommandLine;
using Employment.Core.Interchange;

namespace Employment.Cli;

internal static class ExportCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder to write candidates.csv, employers.csv, vacancies.csv and placements.csv into.", Required = true };
        var command = new Command("export", "Export everything in the interchange format (erased people are left out).");
        command.Options.Add(data);
        command.Options.Add(Database.ConnectionOption);
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(data)!;
            await using var dataSource = Database.Open(parse);
            await using var db = Database.Context(dataSource);
            if (!await SchemaCheck.IsReadyAsync(db, ct))
            {
                return 1;
            }
            var counts = await new DatasetExporter(db).ExportAsync(folder.FullName, ct);
            Console.WriteLine($"Exported {counts.Candidates:N0} candidates, {counts.Employers:N0} employers, {counts.Vacancies:N0} vacancies and {counts.PlacementEvents:N0} placement events to {folder.FullName}.");
            return 0;
        });
        return command;
    }
}
