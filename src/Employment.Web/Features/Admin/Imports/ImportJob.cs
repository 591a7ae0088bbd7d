using Employment.Core.Interchange;
using Hangfire;

namespace Employment.Web.Features.Admin.Imports;

/// <summary>Runs one uploaded import (as a Hangfire job, or during the request for small uploads), then removes the uploaded files.</summary>
public sealed class ImportJob(DatasetImporter importer, Npgsql.NpgsqlDataSource dataSource, ILogger<ImportJob> logger)
{
    // A failed import is recorded on its run and shown to the admin; trying it again by itself would only fail again.
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid runId, string folder, bool goodRowsOnly, Guid? userId, CancellationToken ct)
    {
        try
        {
            var progress = new ImportRunProgress(dataSource, runId);
            await importer.ImportAsync(folder, new ImportOptions { RunId = runId, GoodRowsOnly = goodRowsOnly, UserId = userId }, progress, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Import run {RunId} failed", runId);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
