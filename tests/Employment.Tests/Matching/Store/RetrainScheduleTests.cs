using Employment.Tests.Infrastructure;
using Employment.Web.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Matching.Store;

[Collection("Database")]
public sealed class RetrainScheduleTests
{
    [Fact]
    public async Task TheNightlyRetrain_IsRegisteredByName_WithTheConfiguredCron()
    {
        await using var factory = await SiteAsync(serverEnabled: true, cron: "15 4 * * 1");

        var storage = factory.Services.GetRequiredService<JobStorage>();

        using var connection = storage.GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RetrainRankerJob.JobId);
        Assert.Equal("15 4 * * 1", job.Cron);
        Assert.Equal(typeof(RetrainRankerJob), job.Job.Type);
        Assert.Equal(nameof(RetrainRankerJob.ExecuteAsync), job.Job.Method.Name);
    }

    [Fact]
    public async Task WithoutAHangfireServer_NoRecurringJobIsRegistered()
    {
        await using var factory = await SiteAsync(serverEnabled: false, cron: "15 4 * * 1");

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();

        Assert.DoesNotContain(connection.GetRecurringJobs(), j => j.Id == RetrainRankerJob.JobId);
    }

    [Fact]
    public async Task ABadCron_StopsStartUp_NamingTheSetting()
    {
        await using var factory = await SiteAsync(serverEnabled: false, cron: "every night at 2");

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Matching:RetrainCron is not a cron expression", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30 2 * * *", true)]
    [InlineData("0 */6 * * MON-FRI", true)]
    [InlineData("0 30 2 * * ?", true)]
    [InlineData("61 2 * * *", false)]
    [InlineData("30 2 * *", false)]
    [InlineData("30 2 * * 1-", false)]
    public void CronCheck_KnowsACronExpression(string expression, bool valid) => Assert.Equal(valid, CronCheck.Problem(expression) is null);

    private static Task<WebApplicationFactory<Program>> SiteAsync(bool serverEnabled, string cron) => ConfiguredSite.StartAsync(new Dictionary<string, string>
    {
        ["Hangfire:ServerEnabled"] = serverEnabled ? "true" : "false",
        ["Matching:RetrainCron"] = cron,
    });
}
