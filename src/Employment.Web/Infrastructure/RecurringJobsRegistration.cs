using Employment.Web.Features.Adviser;
using Employment.Web.Features.Email;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

/// <summary>Registers the recurring jobs by name at start-up, after the options have been validated.</summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager jobs, IOptions<MatchingOptions> matching, IOptions<EmailOptions> email,
    IOptions<StatisticsOptions> statistics, IOptions<Features.Admin.Retention.RetentionOptions> retention, IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        jobs.AddOrUpdate<RetrainRankerJob>(RetrainRankerJob.JobId, job => job.ExecuteAsync(CancellationToken.None), matching.Value.RetrainCron, utc);
        var schedule = email.Value;
        jobs.AddOrUpdate<SendOutboxJob>(SendOutboxJob.JobId, job => job.ExecuteAsync(CancellationToken.None), schedule.SendCron, utc);
        jobs.AddOrUpdate<DailyDigestJob>(DailyDigestJob.JobId, job => job.ExecuteAsync(CancellationToken.None), schedule.DailyDigestCron, utc);
        jobs.AddOrUpdate<MilestoneEmailsJob>(MilestoneEmailsJob.JobId, job => job.ExecuteAsync(CancellationToken.None), schedule.MilestonesCron, utc);
        jobs.AddOrUpdate<DcRemindersJob>(DcRemindersJob.JobId, job => job.ExecuteAsync(CancellationToken.None), schedule.DcRemindersCron, utc);
        jobs.AddOrUpdate<Features.JobSeekers.AccessToWork.RenewalRemindersJob>(Features.JobSeekers.AccessToWork.RenewalRemindersJob.JobId, job => job.ExecuteAsync(CancellationToken.None), schedule.AccessToWorkRenewalsCron, utc);
        jobs.AddOrUpdate<WeeklySummaryJob>(WeeklySummaryJob.JobId, job => job.ExecuteAsync(CancellationToken.None), schedule.WeeklySummaryCron, utc);
        jobs.AddOrUpdate<RefreshStatisticsJob>(RefreshStatisticsJob.JobId, job => job.ExecuteAsync(CancellationToken.None), statistics.Value.RefreshCron, utc);
        jobs.AddOrUpdate<Features.Admin.Retention.RetentionJob>(Features.Admin.Retention.RetentionJob.JobId, job => job.ExecuteAsync(CancellationToken.None), retention.Value.Cron, utc);
        jobs.AddOrUpdate<Features.Admin.Imports.MarkInterruptedImportsJob>(Features.Admin.Imports.MarkInterruptedImportsJob.JobId, job => job.ExecuteAsync(CancellationToken.None), Features.Admin.Imports.ImportSettings.From(configuration).InterruptedCheckCron, utc);
        // Once now as well, so a site just started (or just seeded) does not wait for the first slot.
        jobs.Trigger(RefreshStatisticsJob.JobId);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
