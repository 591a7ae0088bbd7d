using System.CommandLine;
using Employment.Cli;
using Employment.Development;

var root = new RootCommand("Employment: command-line tools for the supported employment service.");
root.Subcommands.Add(MigrateCommand.Create());
root.Subcommands.Add(SeedDemoCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(BenchmarkCommand.Create());
root.Subcommands.Add(RankerCommand.Create());
root.Subcommands.Add(EhcCommand.Create());
root.Subcommands.Add(UsersCommand.Create());
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (DevelopmentSetupException e)
{
    // The development database could not be set up: one sentence says what to do (decision 0002).
    Console.Error.WriteLine(e.Message);
    return 1;
}
catch (Npgsql.NpgsqlException e)
{
    Console.Error.WriteLine($"The database could not be reached ({e.Message.TrimEnd('.')}): check --connection or ConnectionStrings__Employment.");
    return 1;
}
