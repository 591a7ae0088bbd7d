using System.CommandLine;
using Employment.Core.Interchange;

namespace Employment.Cli;

internal static class ImportCommand
{
    public static readonly Option<DirectoryInfo> DataOption = new("--data")
    {
        Description = "Folder holding candidates.csv and, if you have them, employers.csv, vacancies.csv and placements.csv.",
        Required = true,
    };

    public static Command Create()
    {
        var goodRowsOnly = new Option<bool>("--good-rows-only")
        {
            Description = "Load every good row and skip bad rows (and rows that need them). Without it, any bad row means nothing is loaded.",
        };
        var command = new Command("import", "Import candidates, employers, vacancies and placements in the interchange format (docs/interchange.md).");
        command.Options.Add(DataOption);
        command.Options.Add(goodRowsOnly);
        command.Options.Add(Database.ConnectionOption);
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(DataOption)!;
            if (!folder.Exists)
            {
                await Console.Error.WriteLineAsync($"There is no folder {folder.FullName}.");
                return 1;
            }
            await using var dataSource = Database.Open(parse);
            await using var db = Database.Context(dataSource);
            if (!await SchemaCheck.IsReadyAsync(db, ct))
            {
                return 1;
            }
            var importer = new DatasetImporter(db, TimeProvider.System);
            var report = await importer.ImportAsync(folder.FullName,
                new ImportOptions { GoodRowsOnly = parse.GetValue(goodRowsOnly), Source = $"Command line: {folder.FullName}" },
                new ConsoleProgress(Console.Error), ct);
            ReportWriter.Write(report, Console.Out);
            return report.Status == ImportReport.Loaded ? 0 : 1;
        });
        return command;
    }
}
