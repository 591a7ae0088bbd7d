using System.CommandLine;
using System.Diagnostics;
using Employment.Core;
using Employment.Core.EhcPlans;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Cli;

/// <summary>Reads EHC plans from a folder into careers-profile JSON files, without a database; stores nothing else (decision 0041).</summary>
internal static class EhcCommand
{
    public static Command Create()
    {
        var command = new Command("ehc", "Read Education, Health and Care plans.");
        command.Subcommands.Add(ReadCommand());
        command.Subcommands.Add(BenchCommand());
        return command;
    }

    private static Option<DirectoryInfo> InOption() => new("--in") { Description = "Folder of plans (.docx and text .pdf).", Required = true };

    private static Command ReadCommand()
    {
        var input = InOption();
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write <plan name>.json to (created if missing).", Required = true };
        var command = new Command("read", "Read every .docx and .pdf plan in a folder and write <name>.json for each; a plan that cannot be read gets one line on standard error.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.SetAction(parse => Read(parse.GetValue(input)!.FullName, parse.GetValue(output)!.FullName, Console.Out, Console.Error));
        return command;
    }

    private static Command BenchCommand()
    {
        var input = InOption();
        var rounds = new Option<int>("--rounds") { Description = "How many times to read the folder.", DefaultValueFactory = _ => 5 };
        var command = new Command("bench", "Print how many plans per second this machine reads (nothing is written).");
        command.Options.Add(input);
        command.Options.Add(rounds);
        command.SetAction(parse => Bench(parse.GetValue(input)!.FullName, Math.Max(1, parse.GetValue(rounds)), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Exit code 0 when at least one plan was read (unreadable ones are reported on standard error), 1 when none could be.</summary>
    internal static int Read(string inputFolder, string outputFolder, TextWriter output, TextWriter errors)
    {
        var plans = Plans(inputFolder, errors);
        if (plans is null)
        {
            return 1;
        }
        Directory.CreateDirectory(outputFolder);
        var reader = Reader();
        var read = 0;
        foreach (var plan in plans)
        {
            var result = reader.Read(plan);
            if (result.Reading is null)
            {
                errors.WriteLine(result.Problem);
                continue;
            }
            File.WriteAllText(Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(plan) + ".json"), PlanJson.Write(result.Reading));
            read++;
        }
        output.WriteLine($"Read {read} of {plans.Count} plans into {outputFolder}.");
        return read > 0 ? 0 : 1;
    }

    private static int Bench(string inputFolder, int rounds, TextWriter output, TextWriter errors)
    {
        var plans = Plans(inputFolder, errors);
        if (plans is null)
        {
            return 1;
        }
        var reader = Reader();
        var contents = plans.Select(p => (Name: Path.GetFileName(p), Bytes: File.ReadAllBytes(p))).ToList();
        foreach (var (name, bytes) in contents)
        {
            reader.Read(new MemoryStream(bytes), name);
        }
        var clock = Stopwatch.StartNew();
        var count = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, bytes) in contents)
            {
                reader.Read(new MemoryStream(bytes), name);
                count++;
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"Read {count} plans ({contents.Count} files x {rounds} rounds) in {seconds:0.00}s: {count / seconds:0.0} plans/s, {seconds * 1000 / count:0.0} ms per plan.");
        return 0;
    }

    private static List<string>? Plans(string folder, TextWriter errors)
    {
        if (!Directory.Exists(folder))
        {
            errors.WriteLine($"The folder {folder} does not exist.");
            return null;
        }
        var plans = Directory.GetFiles(folder)
            .Where(f => EhcPlanReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal).ToList();
        if (plans.Count == 0)
        {
            errors.WriteLine($"There are no .docx or .pdf files in {folder}.");
            return null;
        }
        return plans;
    }

    // The occupation finder is whichever one the site uses, so the command and the upload page suggest the same interests.
    private static EhcPlanReader Reader() =>
        new ServiceCollection().AddEmploymentServices().BuildServiceProvider().GetRequiredService<EhcPlanReader>();
}
