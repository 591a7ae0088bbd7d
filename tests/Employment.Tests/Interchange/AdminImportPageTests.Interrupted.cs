using Employment.Core.Interchange;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Admin.Imports;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Employment.Tests.Interchange;

/// <summary>
/// An import whose machine dies, or whose job disappears, is marked interrupted with when and why; a retried job does not
/// run it silently; the administrator runs it again and its page keeps the whole history (decision 0053).
/// </summary>
public sealed partial class AdminImportPageTests
{
    [Fact]
    public async Task AnImportWhoseMachineIsKilled_IsMarkedInterrupted_AndTheAdministratorRunsItAgain()
    {
        using var factory = app.Factory.WithWebHostBuilder(host => host.UseSetting("Imports:InlineMaxBytes", "0"));
        using var client = await AdminAsync(factory);
        var response = await UploadAsync(client, SampleFiles, goodRowsOnly: false);
        var runId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var queuedAt = await app.WithDbAsync(db => db.ImportRuns.Where(r => r.Id == runId).Select(r => r.StartedAt).SingleAsync());

        // A worker picks the run up as ImportJob does (its lock, then "running")...
        await using (var worker = new NpgsqlConnection(app.ConnectionString))
        {
            await worker.OpenAsync();
            Assert.True(await ImportRunLock.TryTakeAsync(worker, runId, CancellationToken.None));
            await using (var claim = new NpgsqlCommand($"UPDATE import_runs SET status = 'running' WHERE id = '{runId}'", worker))
            {
                await claim.ExecuteNonQueryAsync();
            }
            Assert.Empty(await MarkInterruptedAsync(factory));

            // ...and its machine is killed: PostgreSQL ends its session, as it does for a machine that vanishes.
            await using var killer = new NpgsqlConnection(app.ConnectionString);
            await killer.OpenAsync();
            await using var kill = new NpgsqlCommand($"SELECT pg_terminate_backend({worker.ProcessID}, 10000)", killer);
            Assert.True((bool)(await kill.ExecuteScalarAsync())!);
        }
        NpgsqlConnection.ClearAllPools();

        Assert.Equal([runId], await MarkInterruptedAsync(factory));
        var interrupted = await Forms.ReadAsync(await client.GetAsync(response.Headers.Location));
        Assert.Equal("Interrupted", interrupted.QuerySelector("main .govuk-tag")!.TextContent.Trim());
        Assert.Contains(InterruptedImports.NodeStopped, interrupted.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Null(interrupted.QuerySelector("meta[http-equiv=refresh]"));

        // Hangfire retries the old job after its invisibility timeout: it leaves the interrupted run alone.
        await RunJobAsync(factory, runId);
        Assert.Equal("interrupted", await app.WithDbAsync(db => db.ImportRuns.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync()));

        var again = await Forms.PostAsync(client, "/admin/imports/new", $"/admin/imports/{runId}/run-again", new Dictionary<string, string>());
        Assert.Equal(response.Headers.Location, again.Headers.Location);
        await RunJobAsync(factory, runId);

        var done = await Forms.ReadAsync(await client.GetAsync(response.Headers.Location));
        Assert.Equal("Loaded", done.QuerySelector("main .govuk-tag")!.TextContent.Trim());
        var run = await app.WithDbAsync(db => db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId));
        Assert.Equal(queuedAt, run.StartedAt);
        var history = done.QuerySelectorAll("#history tbody tr td:last-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("Uploaded and waiting to start", history[0]);
        Assert.Equal($"Interrupted: {InterruptedImports.NodeStopped}", history[1]);
        Assert.StartsWith("Run again by ", history[2], StringComparison.Ordinal);
        Assert.Equal(["Started on " + Environment.MachineName, "Finished: Loaded"], history[3..]);
    }

    [Fact]
    public async Task AQueuedImportWhoseJobIsGone_IsMarkedInterrupted()
    {
        using var factory = app.Factory.WithWebHostBuilder(host => host.UseSetting("Imports:InlineMaxBytes", "0"));
        using var client = await AdminAsync(factory);
        var response = await UploadAsync(client, SampleFiles, goodRowsOnly: false);
        var runId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var jobId = await app.WithDbAsync(db => db.ImportRuns.Where(r => r.Id == runId).Select(r => r.JobId).SingleAsync());

        Assert.Empty(await MarkInterruptedAsync(factory));
        factory.Services.GetRequiredService<IBackgroundJobClient>().Delete(jobId);

        Assert.Equal([runId], await MarkInterruptedAsync(factory));
        var run = await app.WithDbAsync(db => db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId));
        Assert.Equal(("interrupted", InterruptedImports.JobGone), (run.Status, run.InterruptedReason));
        Assert.NotNull(run.InterruptedAt);
    }

    [Fact]
    public async Task OnlyAnInterruptedImport_IsRunAgain()
    {
        using var client = await AdminAsync(app.Factory);
        var response = await UploadAsync(client, SampleFiles, goodRowsOnly: false);
        var runId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);

        var again = await Forms.PostAsync(client, "/admin/imports/new", $"/admin/imports/{runId}/run-again", new Dictionary<string, string>());

        var page = await Forms.ReadAsync(again);
        Assert.Equal([ImportRunService.NotInterrupted], Forms.ErrorSummary(page));
    }

    private static async Task<IReadOnlyList<Guid>> MarkInterruptedAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MarkInterruptedImportsJob>().ExecuteAsync(CancellationToken.None);
    }

    private static async Task RunJobAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, Guid runId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<ImportJob>(scope.ServiceProvider).RunAsync(runId, false, null, CancellationToken.None);
    }
}
