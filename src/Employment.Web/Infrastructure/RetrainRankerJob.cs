using Employment.Matching;
using Hangfire;

namespace Employment.Web.Infrastructure;

/// <summary>The nightly retrain (<see cref="MatchingService.RetrainAsync"/>), as a Hangfire job that logs what it did.</summary>
public sealed class RetrainRankerJob(MatchingService matching, ILogger<RetrainRankerJob> logger)
{
    public const string JobId = "matching-retrain-ranker";

    // A retrain that failed fails the same way until the data changes; tomorrow night's run is the retry.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task ExecuteAsync(CancellationToken cancellationToken) => Log(await matching.RetrainAsync(cancellationToken));

    /// <summary>
    /// The first model, once, when the site starts with history and no model on today's features (decisions 0064 and
    /// 0097); a no-op otherwise.
    /// </summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task FirstModelAsync(CancellationToken cancellationToken)
    {
        if (await matching.TrainFirstModelAsync(cancellationToken) is { } retrained)
        {
            Log(retrained);
        }
    }

    private void Log(Employment.Matching.Store.Retrained retrained)
    {
        var (outcome, report) = retrained;
        var stored = outcome.Stored;
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }
        logger.LogInformation(
            "Ranker retrained on {Pairs} labelled pairs: stored model v{Version} ({Trainer}), held-out NDCG@10 {Model:0.000} against the rule scorer's {Rule:0.000}; {Verdict} because {Reason}. Fairness report {Report} stored.",
            outcome.LabelledPairs, stored.Version, stored.Model.Scorer, stored.Model.NdcgAt10, stored.Rule.NdcgAt10,
            stored.Promoted ? "promoted" : "not promoted", stored.Reason, report.Id);
    }
}
