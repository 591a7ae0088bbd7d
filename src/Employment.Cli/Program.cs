using System.CommandLine;
using Employment.Cli;

var root = new RootCommand("Employment: command-line tools for the supported employment service.");
root.Subcommands.Add(MigrateCommand.Create());
root.Subcommands.Add(SeedDemoCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(BenchmarkCommand.Create());
root.Subcommands.Add(RankerCommand.Create());
return await root.Parse(args).InvokeAsync();
