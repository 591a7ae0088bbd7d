using System.CommandLine;
using System.Globalization;
using Employment.Matching.ProvingGround;
using Employment.Matching.Training;

namespace Employment.Cli;

/// <summary>"ranker world" and "ranker grade": the proving ground of generated worlds with hidden utilities.</summary>
internal static class RankerWorldCommand
{
    public static Command World()
    {
        var people = new Option<int>("--people") { Description = "People with a placement history (held-out new people are added: a fifth, at least 100).", DefaultValueFactory = _ => 3000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the world.", DefaultValueFactory = _ => 1 };
        var utility = new Option<string>("--utility")
        {
            Description = $"The hidden utility outcomes follow: {string.Join(", ", HiddenUtility.All.Select(u => u.Name))}.",
            DefaultValueFactory = _ => "coach",
        };
        var noise = new Option<double>("--noise") { Description = "Standard deviation of the outcome noise, against a utility of standard deviation 1.", DefaultValueFactory = _ => 0.7 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the world to.", Required = true };
        var command = new Command("world", "Generate a council world in the interchange format whose outcomes follow a hidden utility, with new people's pairs to grade on.");
        foreach (var option in new Option[] { people, seed, utility, noise, output })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            HiddenUtility hidden;
            try
            {
                hidden = HiddenUtility.Named(parse.GetValue(utility)!);
            }
            catch (ArgumentException e)
            {
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return 1;
            }
            var folder = parse.GetValue(output)!.FullName;
            var options = new WorldOptions { People = parse.GetValue(people), Seed = parse.GetValue(seed), Utility = hidden, Noise = parse.GetValue(noise) };
            WorldGenerator.Write(folder, options);
            parse.InvocationConfiguration.Output.WriteLine($"World \"{hidden.Name}\" of {options.People:N0} people (+{options.NewPeople:N0} new) written to {folder}.");
            return 0;
        });
        return command;
    }

    public static Command Grade()
    {
        var world = new Option<DirectoryInfo>("--data") { Description = "A folder written by \"ranker world\".", Required = true };
        var model = new Option<FileInfo>("--model") { Description = "A model file written by \"ranker train\".", Required = true };
        var command = new Command("grade", "Grade a model on a generated world's new people: NDCG@5/@10 of random order, the rule scorer, the model and the best possible, and the headroom captured.");
        command.Options.Add(world);
        command.Options.Add(model);
        command.SetAction(parse =>
        {
            var grade = WorldGrade.Of(parse.GetValue(world)!.FullName, TrainedModel.Load(parse.GetValue(model)!.FullName));
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"{"New people's pairs",-32}{"NDCG@5",8}{"NDCG@10",9}");
            foreach (var m in new[] { grade.Random, grade.Rule, grade.Model, grade.Best })
            {
                output.WriteLine($"{m.Scorer,-32}{F(m.NdcgAt5),8}{F(m.NdcgAt10),9}");
            }
            output.WriteLine($"{"Headroom captured",-32}{F(grade.HeadroomAt5),8}{F(grade.HeadroomAt10),9}");
            return 0;
        });
        return command;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
