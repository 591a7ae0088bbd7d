using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Coach.Home;

[Authorize(Roles = Roles.Coach)]
public sealed class CoachHomeController(EmploymentDbContext db, UserManager<AppUser> users, TimeProvider clock) : Controller
{
    /// <summary>A long list would hide the ones that matter; the count above it still says how many there are.</summary>
    private const int MostListed = 100;

    [HttpGet("/coach")]
    public async Task<IActionResult> Index()
    {
        var coachId = Guid.Parse(users.GetUserId(User)!);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var caseload = db.JobSeekers.Where(j => j.CoachId == coachId);
        var model = new CoachHomeModel(
            DisplayName: (await users.GetUserAsync(User))?.DisplayName ?? "",
            CaseloadCount: await caseload.CountAsync(),
            InWorkCount: await caseload.CountAsync(SeekerStatuses.InPaidWork),
            WithoutConsentCount: await caseload.CountAsync(j => !j.ConsentToShare),
            FollowUpsDue: await db.FollowUps.ForCoach(coachId).DueBy(today).CountAsync(),
            EmployersWaiting: await db.Employers.CountAsync(e => e.Approval == ApprovalStatus.Pending),
            Today: today,
            Due: (await db.FollowUps.AsNoTracking().ForCoach(coachId).DueBy(today)
                .OrderBy(f => f.DueOn).ThenBy(f => f.Placement!.JobSeeker!.LastName)
                .Select(f => new { FollowUp = f, f.Placement!.JobSeekerId,
                    Name = JobSeeker.NameFor(f.Placement.JobSeeker!.FirstName, f.Placement.JobSeeker.LastName, f.Placement.JobSeeker.SourceId, f.Placement.JobSeekerId) })
                .Take(MostListed)
                .ToListAsync())
                .Select(d => new DueFollowUp(d.FollowUp.Id, d.FollowUp.PlacementId, d.JobSeekerId, d.Name, d.FollowUp.Kind, d.FollowUp.DueOn, d.FollowUp.IsOverdueOn(today)))
                .ToList(),
            Risks: await RisksAsync(coachId));

        return View(model);
    }

    private async Task<IReadOnlyList<RiskToJob>> RisksAsync(Guid coachId)
    {
        var risks = await db.Placements.Where(p => p.JobSeeker!.CoachId == coachId && p.JobSeeker.ErasedAt == null).AtRisk().ToListAsync();
        var ids = risks.Select(r => r.JobSeekerId).ToList();
        var names = await db.JobSeekers.Where(j => ids.Contains(j.Id)).ToDictionaryAsync(j => j.Id, j => j.DisplayName);
        return risks.OrderByDescending(r => r.RecordedOn).Select(r => new RiskToJob(r.PlacementId, r.JobSeekerId, names[r.JobSeekerId], r.RecordedOn, r.Details)).ToList();
    }
}

/// <summary>A follow-up due today or overdue, as the coach's home page lists it.</summary>
public sealed record DueFollowUp(Guid Id, Guid PlacementId, Guid PersonId, string PersonName, FollowUpKind Kind, DateOnly DueOn, bool Overdue);

public sealed record RiskToJob(Guid PlacementId, Guid PersonId, string PersonName, DateOnly RecordedOn, string? Details);

public sealed record CoachHomeModel(
    string DisplayName, int CaseloadCount, int InWorkCount, int WithoutConsentCount, int FollowUpsDue, int EmployersWaiting,
    DateOnly Today, IReadOnlyList<DueFollowUp> Due, IReadOnlyList<RiskToJob> Risks);
