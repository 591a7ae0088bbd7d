using System.CommandLine;
using System.Globalization;
using Employment.Matching;
using Employment.Matching.Data;

namespace Employment.Cli;

/// <summary>"ranker retrain": what the nightly job does, on demand, with the figures printed.</summary>
internal static class RankerRetrainCommand
{
    public static Command Create()
    {
        var command = new Command("retrain", "Train on the database's placement history and coaches' verdicts, store the model, and make it current if it beats the current model and the rule scorer.");
        command.Options.Add(Database.ConnectionOption);
        command.SetAction(async (parse, ct) =>
        {
            await using var dataSource = Database.Open(parse);
            await using var db = Database.Context(dataSource);
            if (!await SchemaCheck.IsReadyAsync(db, ct))
            {
                return 1;
            }
            try
            {
                return await RunAsync(MatchingService.Create(db, dataSource, TimeProvider.System), parse.InvocationConfiguration.Output, ct);
            }
            catch (Exception e) when (e is DatasetUnreadableException or InvalidOperationException)
            {
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>As the nightly job does, so the admin page's fairness report follows this retrain too.</summary>
    public static async Task<int> RunAsync(MatchingService matching, TextWriter output, CancellationToken cancellationToken)
    {
        var (outcome, _) = await matching.RetrainAsync(cancellationToken);
        var info = outcome.Training.Model.Info;
        var stored = outcome.Stored;
        output.WriteLine($"Labelled {outcome.LabelledPairs:N0} pairs from placements and coaches' \"not suitable\" verdicts.");
        output.WriteLine($"Trained on {info.TrainingPairs:N0} pairs of {info.TrainingCandidates:N0} people; held out {info.HeldOutPairs:N0} pairs ({info.HeldOutCandidates:N0} people).");
        output.WriteLine($"{"Held-out ranking quality",-48}{"NDCG@5",8}{"NDCG@10",9}");
        output.WriteLine($"{$"New model v{stored.Version} ({stored.Model.Scorer})",-48}{Figure(stored.Model.NdcgAt5),8}{Figure(stored.Model.NdcgAt10),9}");
        if (stored.PreviousVersion is { } previous)
        {
            output.WriteLine($"{$"Current model v{previous}",-48}{"",8}{Figure(stored.PreviousNdcgAt10!.Value),9}");
        }
        output.WriteLine($"{"Rule-based scorer",-48}{Figure(stored.Rule.NdcgAt5),8}{Figure(stored.Rule.NdcgAt10),9}");
        output.WriteLine($"{"Random order",-48}{Figure(stored.Random.NdcgAt5),8}{Figure(stored.Random.NdcgAt10),9}");
        output.WriteLine(stored.Promoted
            ? $"Model v{stored.Version} is now current: {stored.Reason}."
            : $"Model v{stored.Version} is stored but not current: {stored.Reason}.");
        output.WriteLine("The fairness report for administrators is made and stored.");
        return 0;
    }

    private static string Figure(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
