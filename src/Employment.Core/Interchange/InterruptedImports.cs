using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Core.Interchange;

/// <summary>
/// Finds import runs that will never finish by themselves and marks them "interrupted", with when and why, so the
/// administrator sees it and can run them again (decision 0053). Run at start-up and on a schedule.
/// </summary>
public sealed class InterruptedImports(EmploymentDbContext db, TimeProvider clock)
{
    public const string NodeStopped = "The machine running it stopped before it finished; nothing was loaded";
    public const string JobGone = "Its background job is no longer waiting to run";
    public const string NeverStarted = "It was never started: the upload's request ended first";

    /// <summary>How long an import run during its upload request may wait to start before it counts as lost.</summary>
    public static readonly TimeSpan InlineStartWithin = TimeSpan.FromMinutes(10);

    /// <param name="jobStillWaiting">Whether the background job with this id is still queued or being run (asked of Hangfire).</param>
    public async Task<IReadOnlyList<Guid>> MarkAsync(Func<string, bool> jobStillWaiting, CancellationToken ct = default)
    {
        var unfinished = await db.ImportRuns.AsNoTracking().Where(r => r.Status == "queued" || r.Status == "running")
            .Select(r => new { r.Id, r.Status, r.JobId, r.StartedAt }).ToListAsync(ct);
        var marked = new List<Guid>();
        if (unfinished.Count == 0)
        {
            return marked;
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            foreach (var run in unfinished)
            {
                var reason = run.Status == "queued"
                    ? run.JobId is { } jobId ? jobStillWaiting(jobId) ? null : JobGone
                      : clock.GetUtcNow() - run.StartedAt > InlineStartWithin ? NeverStarted : null
                    : NodeStopped;
                if (reason is null || !await ImportRunLock.TryTakeAsync(connection, run.Id, ct))
                {
                    continue; // still waiting, or a node holds its lock: it is running
                }
                try
                {
                    if (await MarkOneAsync(run.Id, run.Status, reason, ct))
                    {
                        marked.Add(run.Id);
                    }
                }
                finally
                {
                    await ImportRunLock.ReleaseAsync(connection, run.Id);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return marked;
    }

    private async Task<bool> MarkOneAsync(Guid runId, string seenStatus, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var changed = await db.ImportRuns.Where(r => r.Id == runId && r.Status == seenStatus).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, "interrupted")
            .SetProperty(r => r.InterruptedAt, now)
            .SetProperty(r => r.InterruptedReason, reason), ct);
        if (changed == 0)
        {
            return false;
        }
        db.ImportRunEvents.Add(new ImportRunEvent { RunId = runId, At = now, What = $"Interrupted: {reason}" });
        await db.SaveChangesAsync(ct);
        return true;
    }
}
