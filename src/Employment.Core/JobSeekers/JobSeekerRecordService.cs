using Employment.Core.Audit;
using Employment.Core.Data;

namespace Employment.Core.JobSeekers;

/// <summary>Changes to a person's record outside their careers profile: pausing the search for work, and who their job coach is.</summary>
public sealed class JobSeekerRecordService(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>A paused person is not suggested for opportunities until they are resumed.</summary>
    public async Task<WriteResult<JobSeeker>> SetPausedAsync(JobSeeker person, bool paused, Guid? changedById)
    {
        person.PausedOn = paused ? DateOnly.FromDateTime(clock.GetLocalNow().Date) : null;
        person.UpdatedAt = clock.GetUtcNow();
        audit.Add(person.Id, changedById, AuditLog.Changed, paused ? "Paused" : "No longer paused");
        await db.SaveChangesAsync();
        return WriteResult.Saved(person);
    }

    /// <param name="coachId">A user in the coach role, as checked by the caller.</param>
    public async Task<WriteResult<JobSeeker>> AssignCoachAsync(JobSeeker person, Guid coachId, Guid? changedById)
    {
        person.CoachId = coachId;
        person.UpdatedAt = clock.GetUtcNow();
        audit.Add(person.Id, changedById, AuditLog.Changed, "Job coach");
        await db.SaveChangesAsync();
        return WriteResult.Saved(person);
    }
}
