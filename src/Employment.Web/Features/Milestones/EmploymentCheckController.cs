using Employment.Core.Data;
using Employment.Core.Placements;
using Employment.Web.Features.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Milestones;

/// <summary>
/// The page an employer reaches from a milestone email, without signing in: the link's token is the only key. A bad or
/// expired token shows nothing about anyone; a second answer changes nothing.
/// </summary>
[AllowAnonymous]
public sealed class EmploymentCheckController(EmploymentDbContext db, MilestoneLinks links, TimeProvider clock) : Controller
{
    [HttpGet("/employment-check")]
    public async Task<IActionResult> Index(string? token)
    {
        var (check, refusal) = await FindAsync(token);
        if (refusal is not null)
        {
            return refusal;
        }
        if (check!.AnsweredAt is not null)
        {
            return View("Answered", new AnsweredPage(check.Placement!.JobSeeker!.FirstName, AlreadyAnswered: true));
        }
        return View(PageFor(check, new EmploymentCheckForm { Token = token }));
    }

    [HttpPost("/employment-check")]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] EmploymentCheckForm form)
    {
        var (check, refusal) = await FindAsync(form.Token);
        if (refusal is not null)
        {
            return refusal;
        }
        var firstName = check!.Placement!.JobSeeker!.FirstName;
        if (check.AnsweredAt is not null)
        {
            return View("Answered", new AnsweredPage(firstName, AlreadyAnswered: true));
        }
        if (form.StillWorking == "yes" && form.HoursNow is null)
        {
            ModelState.AddModelError($"{nameof(EmploymentCheckPage.Form)}.{nameof(form.HoursNow)}", $"Enter how many hours a week {firstName} works now");
        }
        if (!ModelState.IsValid)
        {
            return View(PageFor(check, form));
        }
        var stillWorking = form.StillWorking == "yes";
        var now = clock.GetUtcNow();
        var today = clock.Today();
        // Only an unanswered check is updated, so two answers racing each other record one outcome.
        var updated = await db.EmploymentChecks.Where(c => c.Id == check.Id && c.AnsweredAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AnsweredAt, now).SetProperty(c => c.StillEmployed, stillWorking)
                .SetProperty(c => c.HoursNow, stillWorking ? form.HoursNow : null).SetProperty(c => c.Source, EmploymentCheckSource.EmployerLink));
        if (updated == 0)
        {
            return View("Answered", new AnsweredPage(firstName, AlreadyAnswered: true));
        }
        var followUp = await db.FollowUps.SingleAsync(f => f.Id == check.FollowUpId);
        followUp.CompletedOn ??= today;
        followUp.Notes ??= stillWorking ? $"Employer confirmed: still working, {form.HoursNow:0.#} hours a week" : "Employer said they no longer work there";
        if (!stillWorking)
        {
            // The coach decides what happens next (the stage is theirs to change): it shows as due on their list and digest.
            db.FollowUps.Add(new FollowUp
            {
                Id = Guid.NewGuid(), PlacementId = check.PlacementId, Kind = FollowUpKind.CoachCheckIn, DueOn = today,
                Notes = $"The employer said on {EmailDay.Words(today)} that {firstName} no longer works there. Check what happened and update the placement.",
            });
        }
        await db.SaveChangesAsync();
        return View("Answered", new AnsweredPage(firstName, AlreadyAnswered: false));
    }

    private async Task<(EmploymentCheck? Check, IActionResult? Refusal)> FindAsync(string? token)
    {
        var (checkId, problem) = links.Read(token);
        if (problem == LinkProblem.Expired)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return (null, View("Refused", true));
        }
        var check = problem == LinkProblem.None
            ? await db.EmploymentChecks.AsNoTracking().Include(c => c.FollowUp).Include(c => c.Placement!).ThenInclude(p => p.JobSeeker)
                .Include(c => c.Placement!).ThenInclude(p => p.Opportunity!).ThenInclude(o => o.Employer)
                .SingleOrDefaultAsync(c => c.Id == checkId && c.Placement!.JobSeeker!.ErasedAt == null)
            : null;
        if (check is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return (null, View("Refused", false));
        }
        return (check, null);
    }

    private static EmploymentCheckPage PageFor(EmploymentCheck check, EmploymentCheckForm form)
    {
        var followUpKind = check.FollowUp?.Kind;
        var placement = check.Placement!;
        return new EmploymentCheckPage(placement.JobSeeker!.FirstName, placement.Opportunity!.Title, placement.Opportunity.Employer!.Name,
            followUpKind is null ? 0 : MilestoneEmailsJob.Weeks(followUpKind.Value), form);
    }
}
