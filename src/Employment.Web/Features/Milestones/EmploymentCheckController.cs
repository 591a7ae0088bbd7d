using Employment.Core.Data;
using Employment.Core.Placements;
using Employment.Web.Features.Email;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Milestones;

/// <summary>
/// The page an employer reaches from a milestone email, without signing in: the link's token is the only key. A bad or
/// expired token shows nothing about anyone; a second answer changes nothing.
/// </summary>
[AllowAnonymous, Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.RequestLimitsSetup.Links)]
public sealed class EmploymentCheckController(EmploymentDbContext db, MilestoneLinks links, EmploymentCheckService checks) : Controller
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
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] EmploymentCheckForm form, [FromServices] IValidator<EmploymentCheckForm> validator)
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
        if (!await validator.ValidateIntoAsync(form, firstName, ModelState, nameof(EmploymentCheckPage.Form), HttpContext.RequestAborted))
        {
            return View(PageFor(check, form));
        }
        var stillWorking = form.StillWorking == "yes";
        var answered = await checks.AnswerAsync(check, stillWorking, stillWorking ? form.HoursNow : null, firstName);
        return View("Answered", new AnsweredPage(firstName, AlreadyAnswered: !answered.Succeeded));
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
