using Employment.Core.Data;

namespace Employment.Core.Audit;

/// <summary>Adds audit entries to the unit of work, so they are saved with the change they describe.</summary>
public sealed class AuditLog(EmploymentDbContext db, TimeProvider clock)
{
    public const string Viewed = "viewed";
    public const string Created = "created";
    public const string Changed = "changed";
    public const string ConsentGiven = "consent_given";
    public const string ConsentWithdrawn = "consent_withdrawn";
    public const string Exported = "exported";
    public const string Erased = "erased";

    public void Add(Guid jobSeekerId, Guid? userId, string action, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry { At = clock.GetUtcNow(), UserId = userId, Action = action, JobSeekerId = jobSeekerId, Detail = detail });

    public async Task RecordAsync(Guid jobSeekerId, Guid? userId, string action, string? detail = null)
    {
        Add(jobSeekerId, userId, action, detail);
        await db.SaveChangesAsync();
    }

    /// <summary>One "viewed" entry for each person shown on a page, saved together.</summary>
    public async Task RecordViewsAsync(IEnumerable<Guid> jobSeekerIds, Guid? userId, string detail, CancellationToken ct = default)
    {
        foreach (var id in jobSeekerIds)
        {
            Add(id, userId, Viewed, detail);
        }
        await db.SaveChangesAsync(ct);
    }

    public static string Describe(string action) => action switch
    {
        Viewed => "Viewed",
        Created => "Added",
        Changed => "Changed",
        ConsentGiven => "Recorded consent",
        ConsentWithdrawn => "Recorded consent withdrawn",
        Exported => "Exported everything held",
        Erased => "Erased identifying data",
        "imported" => "Imported",
        _ => action,
    };
}
