using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Interchange;

/// <summary>An uploaded import's record: queued until a node picks it up, interrupted when that node stops, run again when an administrator asks.</summary>
public sealed class ImportRunService(EmploymentDbContext db, TimeProvider clock)
{
    public const string NotInterrupted = "Only an interrupted import can be run again";
    public const string NoUploadLeft = "The uploaded files are no longer kept: upload them again";

    public async Task<WriteResult<ImportRun>> QueueAsync(Guid runId, Guid userId, IEnumerable<string?> fileNames, bool goodRowsOnly, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var run = new ImportRun
        {
            Id = runId,
            StartedAt = now,
            StartedById = userId,
            Source = Truncate($"Upload: {string.Join(", ", fileNames)}"),
            GoodRowsOnly = goodRowsOnly,
            Status = "queued",
        };
        run.History.Add(new ImportRunEvent { At = now, What = "Uploaded and waiting to start" });
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(run);
    }

    /// <summary>Notes the background job that will run it, so a job that is no longer alive can be noticed.</summary>
    public Task RecordJobAsync(Guid runId, string jobId, CancellationToken ct) =>
        db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set.SetProperty(r => r.JobId, jobId), ct);

    public async Task NoteAsync(Guid runId, string what, CancellationToken ct)
    {
        db.ImportRunEvents.Add(new ImportRunEvent { RunId = runId, At = clock.GetUtcNow(), What = Truncate(what) });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Puts an interrupted run back in the queue with the files it was uploaded with; its history keeps the interruption.</summary>
    public async Task<WriteResult<ImportRun>> RunAgainAsync(Guid runId, string byWhom, CancellationToken ct)
    {
        if (!await db.ImportRuns.AnyAsync(r => r.Id == runId && r.Status == "interrupted", ct))
        {
            return WriteResult.Refused<ImportRun>(new Problem("", NotInterrupted));
        }
        if (!await db.ImportUploadChunks.AnyAsync(c => c.RunId == runId, ct))
        {
            return WriteResult.Refused<ImportRun>(new Problem("", NoUploadLeft));
        }
        var requeued = await db.ImportRuns.Where(r => r.Id == runId && r.Status == "interrupted").ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, "queued")
            .SetProperty(r => r.JobId, (string?)null)
            .SetProperty(r => r.InterruptedAt, (DateTimeOffset?)null)
            .SetProperty(r => r.InterruptedReason, (string?)null)
            .SetProperty(r => r.Report, (string?)null), ct);
        if (requeued == 0)
        {
            return WriteResult.Refused<ImportRun>(new Problem("", NotInterrupted));
        }
        await NoteAsync(runId, $"Run again by {byWhom}", ct);
        return WriteResult.Saved(await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId, ct));
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300];
}
