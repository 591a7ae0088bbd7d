using System.Diagnostics;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Core.Interchange;

/// <summary>
/// Imports a dataset folder: reads and checks every file, then loads all of it or nothing (or every good
/// row, when asked) in one transaction, and records the run and its report in import_runs.
/// </summary>
public sealed class DatasetImporter(EmploymentDbContext db, TimeProvider clock)
{
    // Serialises imports, so two at once cannot both insert the same new placement or event.
    private const long ImportLockKey = 0x696d706f7274;

    public async Task<ImportReport> ImportAsync(string folder, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var clockStarted = Stopwatch.StartNew();
        var run = await StartRunAsync(folder, options, ct);
        var report = new ImportReport { RunId = run.Id, GoodRowsOnly = options.GoodRowsOnly };
        try
        {
            var reference = await ReferenceSets.LoadAsync(db, ct);
            var data = new DatasetReader(reference, report, progress).Read(folder);
            await LoadAsync(data, report, options, progress, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            report.Status = ImportReport.Failed;
            report.Errors.Add(new ImportError("import", null, null, $"the import stopped unexpectedly and nothing was loaded: {e.Message}"));
            await FinishRunAsync(run.Id, report, clockStarted, CancellationToken.None);
            throw;
        }
        await FinishRunAsync(run.Id, report, clockStarted, ct);
        return report;
    }

    private async Task LoadAsync(Dataset data, ImportReport report, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        progress?.Report(new ImportProgress(ImportProgress.Checking, null, report.RowsRead, 0, 0));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
            {
                lockCommand.Parameters.AddWithValue("key", ImportLockKey);
                await lockCommand.ExecuteNonQueryAsync(ct);
            }
            var existing = await ExistingIds.LoadAsync(connection, transaction, ct);
            new DatasetChecker(data, existing, report).Check();
            if (report.Errors.Count > 0 && !options.GoodRowsOnly)
            {
                report.Status = ImportReport.Refused;
                await transaction.RollbackAsync(ct);
                return;
            }
            progress?.Report(new ImportProgress(ImportProgress.Loading, null, report.RowsRead, 0, 0));
            await StagingTables.FillAsync(connection, transaction, data, ct);
            await new DatasetLoader(connection, transaction, report, clock.GetUtcNow(), options.UserId).LoadAsync(data, ct);
            await transaction.CommitAsync(ct);
            report.Status = ImportReport.Loaded;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<ImportRun> StartRunAsync(string folder, ImportOptions options, CancellationToken ct)
    {
        var run = options.RunId is { } id ? await db.ImportRuns.FirstOrDefaultAsync(r => r.Id == id, ct) : null;
        if (run is null)
        {
            run = new ImportRun
            {
                Id = options.RunId ?? Guid.CreateVersion7(),
                StartedAt = clock.GetUtcNow(),
                StartedById = options.UserId,
                Source = Truncate(options.Source ?? folder, 300),
                GoodRowsOnly = options.GoodRowsOnly,
                Status = "running",
            };
            db.ImportRuns.Add(run);
        }
        // The start time stays the first one: a run queued earlier, or run again, keeps it, and its history says what followed.
        run.Status = "running";
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return run;
    }

    private async Task FinishRunAsync(Guid runId, ImportReport report, Stopwatch elapsed, CancellationToken ct)
    {
        report.Seconds = Math.Round(elapsed.Elapsed.TotalSeconds, 1);
        var json = report.ToJson();
        var loaded = report.Status == ImportReport.Loaded ? report.RowsLoaded : 0;
        await db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, report.Status)
            .SetProperty(r => r.RowsRead, report.RowsRead)
            .SetProperty(r => r.RowsLoaded, loaded)
            .SetProperty(r => r.ErrorCount, report.Errors.Count)
            .SetProperty(r => r.Report, json)
            .SetProperty(r => r.FinishedAt, clock.GetUtcNow()), ct);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
