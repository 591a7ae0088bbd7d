using Employment.Core.Data;

namespace Employment.Core.Interchange;

/// <summary>Starts the record of an uploaded import, queued until the importer picks it up.</summary>
public sealed class ImportRunService(EmploymentDbContext db, TimeProvider clock)
{
    public async Task<WriteResult<ImportRun>> QueueAsync(Guid runId, Guid userId, IEnumerable<string?> fileNames, bool goodRowsOnly, CancellationToken ct)
    {
        var run = new ImportRun
        {
            Id = runId,
            StartedAt = clock.GetUtcNow(),
            StartedById = userId,
            Source = $"Upload: {string.Join(", ", fileNames)}",
            GoodRowsOnly = goodRowsOnly,
            Status = "queued",
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return WriteResult.Saved(run);
    }
}
