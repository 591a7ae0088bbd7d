using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Placements;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Coach.Home;

[Authorize(Roles = Roles.Coach)]
public sealed class CoachHomeController(EmploymentDbContext db, UserManager<AppUser> users, TimeProvider clock) : Controller
{
    [HttpGet("/coach")]
    public async Task<IActionResult> Index()
    {
        var coachId = Guid.Parse(users.GetUserId(User)!);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var caseload = db.JobSeekers.Where(j => j.CoachId == coachId);
        var model = new CoachHomeModel(
            DisplayName: (await users.GetUserAsync(User))?.DisplayName ?? "",
            CaseloadCount: await caseload.CountAsync(),
            InWorkCount: await caseload.CountAsync(j => j.Placements.Any(p => p.Stage == PlacementEventType.Started)),
            WithoutConsentCount: await caseload.CountAsync(j => !j.ConsentToShare),
            FollowUpsDue: await db.FollowUps.ForCoach(coachId).DueBy(today).CountAsync(),
            EmployersWaiting: await db.Employers.CountAsync(e => e.Approval == ApprovalStatus.Pending));
        return View(model);
    }
}

public sealed record CoachHomeModel(string DisplayName, int CaseloadCount, int InWorkCount, int WithoutConsentCount, int FollowUpsDue, int EmployersWaiting);
