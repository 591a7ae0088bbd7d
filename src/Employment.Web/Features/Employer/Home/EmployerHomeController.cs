using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Employer.Home;

[Authorize(Roles = Roles.Employer)]
public sealed class EmployerHomeController(EmploymentDbContext db, UserManager<AppUser> users, TimeProvider clock) : Controller
{
    [HttpGet("/employer")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        var employer = await db.Employers.AsNoTracking()
            .Where(e => e.Id == user!.EmployerId)
            .Select(e => new { e.Name, e.DcLevel, e.DcValidUntil, e.Approval, Open = e.Opportunities.Count(o => o.ClosedOn == null) })
            .SingleOrDefaultAsync();
        if (employer is null)
        {
            return Forbid();
        }
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        return View(new EmployerHomeModel(employer.Name, employer.DcLevel, employer.DcValidUntil, employer.Approval, employer.Open, today));
    }
}

public sealed record EmployerHomeModel(string Name, DisabilityConfidentLevel Level, DateOnly? ValidUntil, ApprovalStatus Approval, int OpenOpportunities, DateOnly Today)
{
    public bool MembershipEndsSoon => Level != DisabilityConfidentLevel.None && ValidUntil is { } end && end <= Today.AddDays(60);
}
