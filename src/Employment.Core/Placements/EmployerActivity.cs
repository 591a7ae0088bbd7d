using System.Globalization;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Placements;

/// <summary>Something an employer did in the site about one of a coach's people: an answer to an introduction, or "I'd like to meet".</summary>
/// <param name="PlacementId">The placement answered; null for a request to meet someone not yet proposed.</param>
public sealed record EmployerAction(Guid JobSeekerId, string PersonName, Guid? PlacementId, string JobTitle, string EmployerName, string What, DateTimeOffset At, string ByName);

/// <summary>
/// What employers said in the site about a coach's caseload in a window (from, until]: the coach's home page shows the
/// recent ones, the daily digest those since the previous digest. An employer's answer is a placement event recorded by
/// an employer's account (the same pipeline facts a coach records, with who recorded them).
/// </summary>
public sealed class EmployerActivity(EmploymentDbContext db)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public async Task<IReadOnlyList<EmployerAction>> ForCoachAsync(Guid coachId, DateTimeOffset from, DateTimeOffset until, CancellationToken ct = default)
    {
        var answers = await db.PlacementEvents.AsNoTracking()
            .Where(e => e.RecordedAt > from && e.RecordedAt <= until && e.Placement!.JobSeeker!.CoachId == coachId && e.Placement.JobSeeker.ErasedAt == null)
            .Join(db.Users.Where(u => u.EmployerId != null), e => e.RecordedById, u => (Guid?)u.Id, (e, u) => new
            {
                e.Type, e.MeetOn, e.Reason, e.OccurredOn, e.RecordedAt, e.PlacementId, By = u.DisplayName,
                e.Placement!.JobSeekerId, e.Placement.JobSeeker!.FirstName, e.Placement.JobSeeker.LastName, e.Placement.JobSeeker.SourceId,
                e.Placement.Opportunity!.Title, Employer = e.Placement.Opportunity.Employer!.Name,
            })
            .ToListAsync(ct);
        var requests = await db.Set<MeetRequest>().AsNoTracking()
            .Where(r => r.RequestedAt > from && r.RequestedAt <= until && r.JobSeeker!.CoachId == coachId && r.JobSeeker.ErasedAt == null)
            .Select(r => new
            {
                r.JobSeekerId, r.JobSeeker!.FirstName, r.JobSeeker.LastName, r.JobSeeker.SourceId, r.RequestedAt,
                r.Opportunity!.Title, Employer = r.Opportunity.Employer!.Name, By = r.RequestedBy != null ? r.RequestedBy.DisplayName : "",
            })
            .ToListAsync(ct);
        return
        [
            .. answers.Select(a => new EmployerAction(a.JobSeekerId, JobSeeker.NameFor(a.FirstName, a.LastName, a.SourceId, a.JobSeekerId), a.PlacementId,
                a.Title, a.Employer, Describe(a.Type, a.MeetOn, a.Reason, a.OccurredOn), a.RecordedAt, a.By)),
            .. requests.Select(r => new EmployerAction(r.JobSeekerId, JobSeeker.NameFor(r.FirstName, r.LastName, r.SourceId, r.JobSeekerId), null,
                r.Title, r.Employer, "Would like to meet them (from suggested people): propose them if it suits them", r.RequestedAt, r.By)),
        ];
    }

    private static string Describe(PlacementEventType type, DateOnly? meetOn, string? reason, DateOnly occurredOn) => type switch
    {
        PlacementEventType.EmployerWantsToMeet => $"Would like to meet on {meetOn?.ToString("dddd d MMMM", English)}: arrange the interview",
        PlacementEventType.Rejected => $"Not this time. Their reason: \"{reason}\"",
        PlacementEventType.Interviewed => $"Interviewed them on {occurredOn.ToString("d MMMM", English)}",
        PlacementEventType.Offered => $"Offered them the job on {occurredOn.ToString("d MMMM", English)}",
        _ => PlacementPipeline.StepLabel(type),
    };
}
