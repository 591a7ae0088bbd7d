using Employment.Matching;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

/// <summary>
/// On a node that runs jobs: when the database holds history but no model was ever trained, or none since an upgrade
/// changed the features (decision 0097), enqueues the training (<see cref="RetrainRankerJob.FirstModelAsync"/>) and
/// returns; the site does not wait for it. Several nodes starting at once may each enqueue it: the job itself trains
/// once (decision 0064).
/// </summary>
internal sealed class FirstModelOnStart(IServiceProvider services, IBackgroundJobClient jobs, IOptions<MatchingOptions> options, ILogger<FirstModelOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.TrainFirstModelOnStart)
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<MatchingService>().WantsFirstModelAsync(cancellationToken))
        {
            return;
        }
        var id = jobs.Enqueue<RetrainRankerJob>(job => job.FirstModelAsync(CancellationToken.None));
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("The database has placement history but no ranker model trained on this version's features: training one in the background (job {JobId}).", id);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
