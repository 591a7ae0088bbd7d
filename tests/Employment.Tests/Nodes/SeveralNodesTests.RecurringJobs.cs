using System.Diagnostics;
using Npgsql;

namespace Employment.Tests.Nodes;

public sealed partial class SeveralNodesTests
{
    /// <summary>
    /// Every recurring job has been started at least twice (the retrain fails on so little data, which does not matter here) with two job servers competing, never two jobs for one occurrence, and
    /// the web-only machine ran no job server.
    /// </summary>
    private static async Task AssertEachRecurringJobRanOnceAsync(string connectionString, SiteProcess a, SiteProcess b, SiteProcess worker)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var recurring = await ListAsync(connection, "SELECT value FROM hangfire.set WHERE key = 'recurring-jobs'");
        string[] declared =
        [
            Web.Infrastructure.RetrainRankerJob.JobId, Web.Features.Email.SendOutboxJob.JobId, Web.Features.Email.DailyDigestJob.JobId,
            Web.Features.Email.MilestoneEmailsJob.JobId, Web.Features.Email.DcRemindersJob.JobId, Web.Features.Email.WeeklySummaryJob.JobId,
            Web.Features.Adviser.RefreshStatisticsJob.JobId, Web.Features.Admin.Retention.RetentionJob.JobId,
            Web.Features.Admin.Imports.MarkInterruptedImportsJob.JobId, Web.Features.JobSeekers.AccessToWork.RenewalRemindersJob.JobId,
        ];
        Assert.Equal(declared.Order(StringComparer.Ordinal), recurring.Order(StringComparer.Ordinal));
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(1000))
        {
            var runs = await CountsAsync(connection, """
                SELECT trim(both '"' from id.value), count(*)
                FROM hangfire.jobparameter id
                WHERE id.name = 'RecurringJobId'
                GROUP BY 1
                """);
            if (recurring.All(r => runs.GetValueOrDefault(r) >= 2))
            {
                break;
            }
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(120),
                $"Recurring jobs that did not run twice within 2 minutes: {string.Join(", ", recurring.Where(r => runs.GetValueOrDefault(r) < 2))}\nA:\n{a.Output}\nWorker:\n{worker.Output}");
        }

        var doubled = await ListAsync(connection, """
            SELECT trim(both '"' from id.value) || ' at ' || time.value
            FROM hangfire.jobparameter id JOIN hangfire.jobparameter time ON time.jobid = id.jobid AND time.name = 'Time'
            WHERE id.name = 'RecurringJobId'
            GROUP BY id.value, time.value HAVING count(*) > 1
            """);
        Assert.Empty(doubled);
        var servers = await ListAsync(connection, "SELECT id FROM hangfire.server");
        Assert.Equal(2, servers.Count);
        Assert.DoesNotContain(servers, s => s.Contains($":{b.ProcessId}:", StringComparison.Ordinal));
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static async Task<Dictionary<string, long>> CountsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }
        return counts;
    }
}
