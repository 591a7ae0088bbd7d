using Employment.Core.Audit;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Employers;

/// <summary>The one writer of an employer's "I'd like to meet": the request goes to the person's coach (their home page and digest).</summary>
public sealed class MeetRequestService(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Records the request once: asked again (a double click, a colleague), it returns the request already made.
    /// Refused when the person no longer shares their profile or the opportunity is not the employer's or is closed.
    /// </summary>
    public async Task<WriteResult<MeetRequest>> RequestAsync(Guid jobSeekerId, Guid opportunityId, Guid employerId, Guid requestedById, CancellationToken ct = default)
    {
        var opportunity = await db.Opportunities.AsNoTracking().FirstOrDefaultAsync(o => o.Id == opportunityId && o.EmployerId == employerId, ct);
        if (opportunity is null || opportunity.ClosedOn is not null)
        {
            return WriteResult.Refused<MeetRequest>(Problem.ForPage("This opportunity is closed, so you cannot ask to meet people for it"));
        }
        if (!await db.JobSeekers.AnyAsync(j => j.Id == jobSeekerId && j.ConsentToShare && j.ErasedAt == null, ct))
        {
            return WriteResult.Refused<MeetRequest>(Problem.ForPage("This person is no longer sharing their profile, so the request was not sent"));
        }
        if (await ExistingAsync(jobSeekerId, opportunityId, ct) is { } already)
        {
            return WriteResult.Saved(already);
        }
        var request = new MeetRequest { JobSeekerId = jobSeekerId, OpportunityId = opportunityId, RequestedById = requestedById, RequestedAt = clock.GetUtcNow() };
        db.Add(request);
        audit.Add(jobSeekerId, requestedById, AuditLog.Changed, $"Employer asked to meet for {opportunity.Title}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same request saved between the check and this save: the database kept the first one.
            db.ChangeTracker.Clear();
            return WriteResult.Saved((await ExistingAsync(jobSeekerId, opportunityId, ct))!);
        }
        return WriteResult.Saved(request);
    }

    private Task<MeetRequest?> ExistingAsync(Guid jobSeekerId, Guid opportunityId, CancellationToken ct) =>
        db.Set<MeetRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.JobSeekerId == jobSeekerId && r.OpportunityId == opportunityId, ct);
}
