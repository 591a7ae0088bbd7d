using Employment.Core.Statistics;
using Hangfire;

namespace Employment.Web.Features.Adviser;

/// <summary>
/// Works the adviser statistics out again when records changed, the day moved on or the last build is an hour old, so the
/// dashboard reads a few hundred stored rows instead of the whole placement history (decision 0027).
/// </summary>
public sealed class RefreshStatisticsJob(StatisticsSnapshotBuilder builder, TimeProvider clock, ILogger<RefreshStatisticsJob> logger)
{
    public const string JobId = "statistics-refresh";

    // The next run (ten minutes later) is the retry; two builds at once would only repeat each other's work.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 10)]
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var built = await builder.RefreshAsync(cancellationToken);
        if (built is not null && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Adviser statistics worked out for {AsOf:yyyy-MM-dd} (quarters {First:yyyy-MM-dd} to {Last:yyyy-MM-dd}) in {Seconds:0.0} s.",
                built.AsOf, built.FirstQuarter, built.LastEnd, clock.GetElapsedTime(started).TotalSeconds);
        }
    }
}
