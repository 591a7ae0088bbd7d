extern alias cli;

using System.CommandLine;
using cli::Employment.Cli;
using Employment.Core.Interchange;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Interchange;

/// <summary>The import and export commands, run in process against a test database.</summary>
public sealed class CommandLineTests
{
    private static Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand { ImportCommand.Create(), ExportCommand.Create() };
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });
    }

    [Fact]
    public async Task Import_LoadsTheSample_AndExportWritesItBack()
    {
        await using var database = await ImportDatabase.CreateAsync();
        using var exported = new DatasetFolder();

        var imported = await RunAsync("import", "--data", ImportDatabase.SampleFolder(), "--connection", database.ConnectionString);
        var export = await RunAsync("export", "--data", exported.Path, "--connection", database.ConnectionString);

        Assert.Equal(0, imported);
        Assert.Equal(0, export);
        Assert.Equal(6, await database.CountAsync("job_seekers"));
        Assert.Equal(7, File.ReadAllLines(exported.File(InterchangeFiles.Candidates)).Length);
    }

    [Fact]
    public async Task Import_WithABadRow_IsRefused_UnlessGoodRowsOnly()
    {
        await using var database = await ImportDatabase.CreateAsync();
        using var folder = DatasetFolder.Sample();
        folder.SetCell(InterchangeFiles.Candidates, 3, "skills", "juggling");

        var refused = await RunAsync("import", "--data", folder.Path, "--connection", database.ConnectionString);
        var countAfterRefusal = await database.CountAsync("job_seekers");
        var loaded = await RunAsync("import", "--data", folder.Path, "--good-rows-only", "--connection", database.ConnectionString);

        Assert.Equal(1, refused);
        Assert.Equal(0, countAfterRefusal);
        Assert.Equal(0, loaded);
        Assert.Equal(5, await database.CountAsync("job_seekers"));
    }

    [Fact]
    public async Task Import_IntoADatabaseWithoutTables_AsksForMigrate()
    {
        var empty = await TestPostgres.CreateEmptyDatabaseAsync();

        var exit = await RunAsync("import", "--data", ImportDatabase.SampleFolder(), "--connection", empty);

        Assert.Equal(1, exit);
    }

    [Fact]
    public void Report_ListsCountsPerFileAndEveryProblem()
    {
        var report = new ImportReport { Status = ImportReport.Refused };
        report[InterchangeFiles.Candidates].Present = true;
        report[InterchangeFiles.Candidates].Read = 6;
        report[InterchangeFiles.Candidates].Bad = 1;
        report.Errors.Add(new ImportError(InterchangeFiles.Vacancies, 14, "soc_code", "\"9999\" is not a SOC 2020 unit group"));
        using var text = new StringWriter();

        ReportWriter.Write(report, text);

        var output = text.ToString();
        Assert.Contains("Nothing was imported", output, StringComparison.Ordinal);
        Assert.Contains("candidates.csv           6         0", output, StringComparison.Ordinal);
        Assert.Contains("vacancies.csv line 14, column soc_code: \"9999\" is not a SOC 2020 unit group", output, StringComparison.Ordinal);
    }
}
