using Hangfire;
using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

/// <summary>Registers the recurring jobs by name at start-up, after the options have been validated.</summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager jobs, IOptions<MatchingOptions> matching) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<RetrainRankerJob>(RetrainRankerJob.JobId, job => job.ExecuteAsync(CancellationToken.None), matching.Value.RetrainCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
