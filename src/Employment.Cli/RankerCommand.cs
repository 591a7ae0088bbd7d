using System.CommandLine;
using System.Globalization;
using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Scoring;
using Employment.Matching.Training;

namespace Employment.Cli;

/// <summary>Trains and runs the match ranker on an interchange dataset folder, outside the database.</summary>
internal static class RankerCommand
{
    public static Command Create()
    {
        var command = new Command("ranker", "Train the match ranker on an interchange dataset, or score pairs with a trained model.");
        command.Subcommands.Add(TrainCommand());
        command.Subcommands.Add(ScoreCommand());
        command.Subcommands.Add(RankerRetrainCommand.Create());
        command.Subcommands.Add(RankerWorldCommand.World());
        command.Subcommands.Add(RankerWorldCommand.Grade());
        return command;
    }

    private static Option<DirectoryInfo> DataOption() => new("--data")
    {
        Description = "Dataset folder with candidates.csv, employers.csv, vacancies.csv and placements.csv (docs/interchange.md).",
        Required = true,
    };

    private static Option<FileInfo> ModelOption(string description) => new("--model") { Description = description, Required = true };

    private static Command TrainCommand()
    {
        var data = DataOption();
        var model = ModelOption("File to write the trained model to (an ML.NET zip; a .json file with its figures is written beside it).");
        var command = new Command("train", "Train a ranker on the placement history, choosing its capacity and any blend with the rule scorer by cross-validation, and print held-out NDCG.");
        command.Options.Add(data);
        command.Options.Add(model);
        command.SetAction(parse => Run(parse, () => Train(parse.GetValue(data)!.FullName, parse.GetValue(model)!.FullName, parse.InvocationConfiguration.Output)));
        return command;
    }

    private static Command ScoreCommand()
    {
        var model = ModelOption("A model file written by \"ranker train\".");
        var data = DataOption();
        var pairs = new Option<FileInfo>("--pairs") { Description = "CSV with candidate_id,vacancy_id: the pairs to score.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "File to write candidate_id,vacancy_id,score to, one row per pair in input order.", Required = true };
        var command = new Command("score", "Score (candidate, vacancy) pairs with a trained model.");
        command.Options.Add(model);
        command.Options.Add(data);
        command.Options.Add(pairs);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse, () => Score(parse.GetValue(model)!.FullName, parse.GetValue(data)!.FullName,
            parse.GetValue(pairs)!.FullName, parse.GetValue(output)!.FullName, parse.InvocationConfiguration.Output)));
        return command;
    }

    private static int Run(ParseResult parse, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is DatasetUnreadableException or InvalidOperationException)
        {
            parse.InvocationConfiguration.Error.WriteLine(e.Message);
            return 1;
        }
    }

    public static int Train(string folder, string modelPath, TextWriter output)
    {
        var data = MatchingDatasetReader.Read(folder);
        ReportProblems(data, output);
        var pairs = TrainingSetBuilder.Build(data, SocHierarchy.FromReference());
        if (pairs.Count == 0)
        {
            throw new DatasetUnreadableException($"The dataset in {folder} has no placement history for candidates and vacancies it holds, so there is nothing to learn from.");
        }
        var result = RankerTrainer.Train(pairs, new RankerOptions { RefitOnEveryone = true });
        result.Model.Save(modelPath);
        var info = result.Model.Info;
        output.WriteLine($"Trained on {info.TrainingPairs:N0} pairs of {info.TrainingCandidates:N0} people whose proposals had different outcomes; held out {info.HeldOutPairs:N0} pairs ({info.HeldOutCandidates:N0} people).");
        output.WriteLine($"{"Held-out ranking quality",-32}{"NDCG@5",8}{"NDCG@10",9}");
        foreach (var m in result.Metrics)
        {
            output.WriteLine($"{m.Scorer,-32}{Figure(m.NdcgAt5),8}{Figure(m.NdcgAt10),9}");
        }
        var rule = result.Of(RuleScorer.RuleName);
        var kept = result.Of(info.Trainer);
        output.WriteLine($"Chosen by cross-validation grouped by person on the training people: {info.Choice}.");
        if (info.Fits > 1 && info.CrossValidation.Count > 0)
        {
            output.WriteLine("The first fit's cross-validation, best first:");
        }
        foreach (var row in info.CrossValidation.Take(5))
        {
            output.WriteLine($"  {Figure(row.NdcgAt5)} {Figure(row.NdcgAt10)}  {row.Choice}");
        }
        output.WriteLine(kept.NdcgAt10 > rule.NdcgAt10
            ? "It beats the rule-based scorer on held-out NDCG@10."
            : "It does NOT beat the rule-based scorer on held-out NDCG@10: use the rule-based scorer until it does.");
        if (info.RefitPairs > 0)
        {
            output.WriteLine($"Then fitted again with the same choice on all {info.RefitPairs:N0} pairs of {info.RefitCandidates:N0} people, held-out people too, to score new people; the figures above are the choice's, fitted without them.");
        }
        output.WriteLine($"Model written to {modelPath} (figures in {TrainedModel.InfoPath(modelPath)}).");
        return 0;
    }

    public static int Score(string modelPath, string folder, string pairsPath, string outPath, TextWriter output)
    {
        var model = TrainedModel.Load(modelPath);
        var data = MatchingDatasetReader.Read(folder);
        ReportProblems(data, output);
        var pairs = PairsFile.Read(pairsPath);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var scores = PairScorer.Score(data, pairs, model, today, SocHierarchy.FromReference());
        PairsFile.WriteScores(outPath, pairs, scores);
        output.WriteLine($"Scored {pairs.Count:N0} pairs with {model.Name}; written to {outPath}.");
        return 0;
    }

    private static void ReportProblems(MatchingData data, TextWriter output)
    {
        if (data.Problems.Count == 0)
        {
            return;
        }
        output.WriteLine($"{data.Problems.Count:N0} problem(s) in the dataset; those rows are left out:");
        foreach (var problem in data.Problems.Take(10))
        {
            output.WriteLine("  " + problem);
        }
    }

    private static string Figure(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
