using Employment.Core.Audit;
using Employment.Core.Data;

namespace Employment.Core.JobSeekers;

/// <summary>Records a person's agreement to share with employers, or its withdrawal, with its history and audit entry.</summary>
public sealed class ConsentService(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <param name="explainedHow">How sharing was explained to the person, in words for the record.</param>
    public Task<WriteResult<JobSeeker>> GiveAsync(JobSeeker person, Guid? recordedById, string explainedHow) =>
        RecordAsync(person, recordedById, given: true, explainedHow);

    public Task<WriteResult<JobSeeker>> WithdrawAsync(JobSeeker person, Guid? recordedById) =>
        RecordAsync(person, recordedById, given: false, "Withdrawn");

    private async Task<WriteResult<JobSeeker>> RecordAsync(JobSeeker person, Guid? by, bool given, string explainedHow)
    {
        var now = clock.GetUtcNow();
        person.ConsentToShare = given;
        person.ConsentRecordedAt = now;
        person.ConsentRecordedById = by;
        person.ConsentExplainedHow = given ? explainedHow : null;
        person.UpdatedAt = now;
        db.ConsentRecords.Add(new ConsentRecord { JobSeekerId = person.Id, Given = given, RecordedAt = now, RecordedById = by, ExplainedHow = explainedHow });
        audit.Add(person.Id, by, given ? AuditLog.ConsentGiven : AuditLog.ConsentWithdrawn);
        await db.SaveChangesAsync();
        return WriteResult.Saved(person);
    }
}
