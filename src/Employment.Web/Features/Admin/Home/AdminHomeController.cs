using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Admin.Home;

[Authorize(Roles = Roles.Admin)]
public sealed class AdminHomeController(EmploymentDbContext db) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index()
    {
        var usersByRole = await (
                from link in db.UserRoles
                join role in db.Roles on link.RoleId equals role.Id
                group link by role.Name into g
                select new { Role = g.Key!, Count = g.Count() })
            .ToDictionaryAsync(r => r.Role, r => r.Count);
        return View(new AdminHomeModel(
            usersByRole,
            await db.Employers.CountAsync(e => e.Approval == ApprovalStatus.Pending),
            await db.JobSeekers.CountAsync(),
            await db.Employers.CountAsync(e => e.Approval == ApprovalStatus.Approved),
            await db.Opportunities.CountAsync(o => o.ClosedOn == null)));
    }
}

public sealed record AdminHomeModel(IReadOnlyDictionary<string, int> UsersByRole, int EmployersWaiting, int JobSeekers, int Employers, int OpenOpportunities);
