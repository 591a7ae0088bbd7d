using Employment.Core.Interchange;
using Hangfire;
using Npgsql;

namespace Employment.Web.Features.Admin.Imports;

/// <summary>
/// Runs one uploaded import (as a Hangfire job on any worker, or during the request for small uploads). It holds the run's
/// lock while it runs, so a run whose lock is free has been interrupted (decision 0053), and starts only a run that is
/// waiting: an interrupted run is run again by an administrator, never silently by a retried job.
/// </summary>
public sealed class ImportJob(DatasetImporter importer, ImportUploads uploads, ImportRunService runs, NpgsqlDataSource dataSource, ILogger<ImportJob> logger)
{
    // A failed import is recorded on its run and shown to the admin; trying it again by itself would only fail again.
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid runId, bool goodRowsOnly, Guid? userId, CancellationToken ct)
    {
        await using var held = await dataSource.OpenConnectionAsync(ct);
        if (!await ImportRunLock.TryTakeAsync(held, runId, ct))
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Import run {RunId} is already running on another machine", runId);
            }
            return;
        }
        try
        {
            if (!await ClaimAsync(held, runId, ct))
            {
                logger.LogWarning("Import run {RunId} is not waiting to start (finished or interrupted), so it is left as it is", runId);
                return;
            }
            await runs.NoteAsync(runId, $"Started on {Environment.MachineName}", ct);
            await RunClaimedAsync(runId, goodRowsOnly, userId, ct);
        }
        finally
        {
            await ImportRunLock.ReleaseAsync(held, runId);
        }
    }

    private async Task RunClaimedAsync(Guid runId, bool goodRowsOnly, Guid? userId, CancellationToken ct)
    {
        // The importer reads a folder: this run's own scratch copy of the files kept in the database, gone when it ends.
        var scratch = Path.Combine(Path.GetTempPath(), "employment-imports", $"{runId:N}-{Guid.NewGuid():N}");
        try
        {
            await uploads.CopyToFolderAsync(runId, scratch, ct);
            var progress = new ImportRunProgress(dataSource, runId);
            var report = await importer.ImportAsync(scratch, new ImportOptions { RunId = runId, GoodRowsOnly = goodRowsOnly, UserId = userId }, progress, ct);
            await runs.NoteAsync(runId, $"Finished: {ImportRunView.StatusLabel(report.Status)}", CancellationToken.None);
            await uploads.DeleteAsync(runId, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Import run {RunId} failed", runId);
            await runs.NoteAsync(runId, "Finished: Failed", CancellationToken.None);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static async Task<bool> ClaimAsync(NpgsqlConnection connection, Guid runId, CancellationToken ct)
    {
        await using var claim = new NpgsqlCommand("UPDATE import_runs SET status = 'running' WHERE id = @id AND status = 'queued'", connection);
        claim.Parameters.AddWithValue("id", runId);
        return await claim.ExecuteNonQueryAsync(ct) == 1;
    }
}
