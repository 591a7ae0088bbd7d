using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Approvals;

/// <summary>Coaches and administrators check organisations that registered themselves.</summary>
[Authorize(Roles = Roles.Coach + "," + Roles.Admin)]
public sealed class ApprovalsController(EmploymentDbContext db, UserManager<AppUser> users, ApprovalService approvals, SiteLinks linkTo) : Controller
{
    [HttpGet("/employers/waiting")]
    public async Task<IActionResult> Index()
    {
        var waiting = await db.Employers.AsNoTracking()
            .Where(e => e.Approval == ApprovalStatus.Pending)
            .OrderBy(e => e.CreatedAt)
            .Select(e => new WaitingEmployer(e.Id, e.Name, e.Sector, e.DcLevel, e.DcValidUntil, e.CreatedAt,
                db.Users.Where(u => u.EmployerId == e.Id).Select(u => u.DisplayName + " (" + u.Email + ")").FirstOrDefault()))
            .ToListAsync();
        return View(waiting);
    }

    [HttpPost("/employers/{id:guid}/approve")]
    public Task<IActionResult> Approve(Guid id) => Decide(id, ApprovalStatus.Approved);

    [HttpPost("/employers/{id:guid}/reject")]
    public Task<IActionResult> Reject(Guid id) => Decide(id, ApprovalStatus.Rejected);

    private async Task<IActionResult> Decide(Guid id, ApprovalStatus decision)
    {
        var employer = await db.Employers.FindAsync(id);
        if (employer is null)
        {
            return NotFound();
        }
        var result = await approvals.DecideAsync(employer, decision, Guid.Parse(users.GetUserId(User)!));
        // Someone else got there first: the list says what was decided, as a success does.
        TempData["Success"] = !result.Succeeded ? result.Problems[0].Message
            : decision == ApprovalStatus.Approved ? $"{employer.Name} is approved" : $"{employer.Name} was turned down";
        return Redirect(linkTo.EmployersWaiting());
    }
}

public sealed record WaitingEmployer(Guid Id, string Name, string? Sector, DisabilityConfidentLevel Level, DateOnly? ValidUntil, DateTimeOffset RegisteredAt, string? RegisteredBy);
