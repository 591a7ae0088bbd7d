using Employment.Core.Data;
using Employment.Matching.Store;
using Employment.Matching.Training;
using Employment.Web.Features.Admin.Fairness;
using Hangfire;

namespace Employment.Web.Infrastructure;

/// <summary>
/// The nightly retrain: learns from the database's placement history and coaches' verdicts, stores the model and
/// promotes it if it earns it, then makes and stores the fairness report for the admin page.
/// </summary>
public sealed class RetrainRankerJob(EmploymentDbContext db, TimeProvider clock, ILogger<RetrainRankerJob> logger)
{
    public const string JobId = "matching-retrain-ranker";

    // A retrain that failed fails the same way until the data changes; tomorrow night's run is the retry.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var outcome = await RankerRetrainer.RunAsync(db, new RankerOptions(), cancellationToken);
        var stored = outcome.Stored;
        var report = await new FairnessReports(db, clock).MakeAfterRetrainAsync(stored.Version, cancellationToken);
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
