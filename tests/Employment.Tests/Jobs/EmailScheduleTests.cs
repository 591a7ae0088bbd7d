using Employment.Tests.Infrastructure;
using Employment.Web.Features.Email;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Jobs;

[Collection("Database")]
public sealed class EmailScheduleTests
{
    [Fact]
    public async Task EmailJobs_AreRegisteredByName_WithTheConfiguredCron()
    {
        await using var factory = await SiteAsync(new()
        {
            ["Hangfire:ServerEnabled"] = "true",
            ["Email:SendCron"] = "*/2 * * * *",
            ["Email:DailyDigestCron"] = "0 5 * * *",
            ["Email:MilestonesCron"] = "10 5 * * *",
            ["Email:DcRemindersCron"] = "20 5 * * *",
            ["Email:AccessToWorkRenewalsCron"] = "25 5 * * *",
            ["Email:WeeklySummaryCron"] = "0 8 * * FRI",
        });

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => (j.Cron, j.Job.Type));

        Assert.Equal(("*/2 * * * *", typeof(SendOutboxJob)), jobs[SendOutboxJob.JobId]);
        Assert.Equal(("0 5 * * *", typeof(DailyDigestJob)), jobs[DailyDigestJob.JobId]);
        Assert.Equal(("10 5 * * *", typeof(MilestoneEmailsJob)), jobs[MilestoneEmailsJob.JobId]);
        Assert.Equal(("20 5 * * *", typeof(DcRemindersJob)), jobs[DcRemindersJob.JobId]);
        Assert.Equal(("25 5 * * *", typeof(Web.Features.JobSeekers.AccessToWork.RenewalRemindersJob)), jobs[Web.Features.JobSeekers.AccessToWork.RenewalRemindersJob.JobId]);
        Assert.Equal(("0 8 * * FRI", typeof(WeeklySummaryJob)), jobs[WeeklySummaryJob.JobId]);
        Assert.Contains(Web.Infrastructure.RetrainRankerJob.JobId, jobs.Keys);
    }

    [Theory]
    [InlineData("Email:DailyDigestCron", "every morning", "Email:DailyDigestCron is not a cron expression")]
    [InlineData("Email:FromAddress", "nobody", "Email:FromAddress \"nobody\" is not an email address")]
    [InlineData("Email:SiteBaseUrl", "site.example", "Email:SiteBaseUrl \"site.example\" is not a web address")]
    [InlineData("Email:Port", "70000", "Email:Port must be between 1 and 65535")]
    [InlineData("Email:Security", "Sometimes", "Email:Security")]
    public async Task BadEmailSettings_StopStartUp_NamingTheSetting(string setting, string value, string message)
    {
        await using var factory = await SiteAsync(new() { [setting] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    private static Task<WebApplicationFactory<Program>> SiteAsync(Dictionary<string, string> settings) => ConfiguredSite.StartAsync(settings);
}
