using Employment.Core.AccessToWork;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.JobSeekers.AccessToWork;

/// <summary>Access to Work renewals due for the signed-in coach's caseload, soonest first, on the coach's home page.</summary>
public sealed class RenewalsDueViewComponent(EmploymentDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var coachId = JobSeekerAccess.UserId(UserClaimsPrincipal);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var due = (await db.RenewalsDue(today).AsNoTracking()
                .Where(a => a.JobSeeker!.CoachId == coachId)
                .OrderBy(a => a.RenewalDueOn)
                .Select(a => new { a.JobSeekerId, a.JobSeeker!.FirstName, a.JobSeeker.LastName, a.JobSeeker.SourceId, RenewalDueOn = a.RenewalDueOn!.Value })
                .Take(100)
                .ToListAsync())
            .Select(a => new RenewalDue(a.JobSeekerId, JobSeeker.NameFor(a.FirstName, a.LastName, a.SourceId, a.JobSeekerId), a.RenewalDueOn, a.RenewalDueOn < today))
            .ToList();
        return View("~/Features/JobSeekers/AccessToWork/_RenewalsDue.cshtml", due);
    }
}

public sealed record RenewalDue(Guid PersonId, string PersonName, DateOnly DueOn, bool Overdue);
