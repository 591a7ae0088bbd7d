using Employment.Core.AccessToWork;
using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.GovUk;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.JobSeekers.AccessToWork;

/// <summary>
/// A person's Access to Work: applications, DWP's decisions and awards, the job coach hours given against those awarded,
/// and the taper of those hours since the start. The person's own coach records; their coach or an administrator reads.
/// </summary>
[Authorize(Roles = Roles.Coach + "," + Roles.Admin)]
public sealed class AccessToWorkController(EmploymentDbContext db, JobSeekerAccess access, AccessToWorkService accessToWork, AuditLog audit, SiteLinks linkTo) : Controller
{
    [HttpGet("/job-seekers/{id:guid}/access-to-work")]
    public async Task<IActionResult> Index(Guid id)
    {
        if (await PersonAsync(id) is not { } person)
        {
            return NotFound();
        }
        var today = accessToWork.Today;
        var applications = await db.AccessToWorkApplications.AsNoTracking().Where(a => a.JobSeekerId == id)
            .OrderByDescending(a => a.AppliedOn).ThenByDescending(a => a.RecordedAt).ToListAsync();
        var awards = applications.Where(a => a.Decision == AccessToWorkDecision.Awarded).ToList();
        var award = awards.FirstOrDefault(a => a.AwardFrom <= today && a.AwardTo >= today) ?? awards.FirstOrDefault();
        var hoursRecorded = await db.FollowUps.AsNoTracking()
            .Where(f => f.Placement!.JobSeekerId == id && f.CompletedOn != null && f.SupportHours != null)
            .Select(f => new { f.PlacementId, On = f.CompletedOn!.Value, Hours = f.SupportHours!.Value })
            .ToListAsync();
        var hours = award is null ? null : SupportHours.Against(award, hoursRecorded.Select(h => new HoursRecorded(h.On, h.Hours)), today);
        var taper = await TaperAsync(id, award, hoursRecorded.Select(h => (h.PlacementId, new HoursRecorded(h.On, h.Hours))).ToList(), today);
        await audit.RecordAsync(id, JobSeekerAccess.UserId(User), AuditLog.Viewed, "Access to Work");
        return View(new AccessToWorkPage(person, applications, award, hours, taper, today, User.IsInRole(Roles.Coach) && person.ErasedAt is null));
    }

    [HttpGet("/job-seekers/{id:guid}/access-to-work/application")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Application(Guid id)
    {
        if (await PersonAsync(id) is not { } person)
        {
            return NotFound();
        }
        return ApplicationView(person, new ApplicationForm { AppliedOn = DateParts.From(accessToWork.Today) }, await accessToWork.WaitingAsync(id));
    }

    [HttpPost("/job-seekers/{id:guid}/access-to-work/application")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Apply(Guid id, ApplicationForm form, [FromServices] IValidator<ApplicationForm> validator)
    {
        if (await PersonAsync(id) is not { } person)
        {
            return NotFound();
        }
        if (await validator.ValidateIntoAsync(form, person, ModelState, ct: HttpContext.RequestAborted))
        {
            var result = await accessToWork.ApplyAsync(person, form.ToApplied(accessToWork.Today), JobSeekerAccess.UserId(User)!.Value);
            ModelState.AddErrors(result.Problems);
        }
        if (!ModelState.IsValid)
        {
            return ApplicationView(person, form, await accessToWork.WaitingAsync(id));
        }
        TempData["Success"] = $"Access to Work application recorded for {person.DisplayName}";
        return Redirect(linkTo.AccessToWork(id));
    }

    [HttpGet("/job-seekers/{id:guid}/access-to-work/decision")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Decision(Guid id)
    {
        if (await PersonAsync(id) is not { } person)
        {
            return NotFound();
        }
        return DecisionView(person, new DecisionForm { DecidedOn = DateParts.From(accessToWork.Today) }, await accessToWork.WaitingAsync(id));
    }

    [HttpPost("/job-seekers/{id:guid}/access-to-work/decision")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Decide(Guid id, DecisionForm form, [FromServices] IValidator<DecisionForm> validator)
    {
        if (await PersonAsync(id) is not { } person)
        {
            return NotFound();
        }
        if (await accessToWork.WaitingAsync(id) is not { } waiting)
        {
            return DecisionView(person, form, null);
        }
        if (await validator.ValidateIntoAsync(form, waiting, ModelState, ct: HttpContext.RequestAborted))
        {
            var result = await accessToWork.DecideAsync(waiting, form.ToDecided(accessToWork.Today), JobSeekerAccess.UserId(User)!.Value);
            ModelState.AddErrors(result.Problems);
        }
        if (!ModelState.IsValid)
        {
            return DecisionView(person, form, await accessToWork.WaitingAsync(id));
        }
        TempData["Success"] = $"Access to Work decision recorded for {person.DisplayName}";
        return Redirect(linkTo.AccessToWork(id));
    }

    private Task<JobSeeker?> PersonAsync(Guid id) => access.Visible(User).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.ErasedAt == null);

    private ViewResult ApplicationView(JobSeeker person, ApplicationForm form, AccessToWorkApplication? waiting)
    {
        ViewBag.Person = person;
        ViewBag.Waiting = waiting;
        return View("Application", form);
    }

    private ViewResult DecisionView(JobSeeker person, DecisionForm form, AccessToWorkApplication? waiting)
    {
        ViewBag.Person = person;
        ViewBag.Waiting = waiting;
        return View("Decision", form);
    }

    /// <summary>The person's latest start: the hours given each week since, with the check-ins the follow-up plan put in it.</summary>
    private async Task<TaperChart?> TaperAsync(Guid personId, AccessToWorkApplication? award, IReadOnlyList<(Guid PlacementId, HoursRecorded Hours)> hoursRecorded, DateOnly today)
    {
        var latest = await db.PlacementEvents.AsNoTracking()
            .Where(e => e.Placement!.JobSeekerId == personId && e.Type == PlacementEventType.Started)
            .OrderByDescending(e => e.OccurredOn)
            .Select(e => new { e.PlacementId, Start = e.OccurredOn, Title = e.Placement!.Opportunity!.Title + " at " + e.Placement.Opportunity.Employer!.Name })
            .FirstOrDefaultAsync();
        if (latest is null)
        {
            return null;
        }
        var ended = await db.PlacementEvents.AsNoTracking()
            .Where(e => e.PlacementId == latest.PlacementId && e.Type == PlacementEventType.Ended && e.OccurredOn >= latest.Start)
            .MinAsync(e => (DateOnly?)e.OccurredOn);
        var planned = await db.FollowUps.AsNoTracking()
            .Where(f => f.PlacementId == latest.PlacementId && f.Kind == FollowUpKind.CoachCheckIn)
            .Select(f => f.DueOn).ToListAsync();
        var lastDay = ended is { } end && end < today ? end : today;
        var weeks = SupportHours.Taper(latest.Start, lastDay, hoursRecorded.Where(h => h.PlacementId == latest.PlacementId).Select(h => h.Hours), planned);
        var awarded = award is { JobCoachHoursPerWeek: { } perWeek } ? perWeek : (decimal?)null;
        return new TaperChart(weeks, latest.Title, latest.Start, awarded, "taper");
    }
}

public sealed record AccessToWorkPage(
    JobSeeker Person, IReadOnlyList<AccessToWorkApplication> Applications, AccessToWorkApplication? Award, HoursAgainstAward? Hours, TaperChart? Taper, DateOnly Today, bool CanChange)
{
    public AccessToWorkApplication? Waiting => Applications.FirstOrDefault(a => a.IsAwaitingDecision);
}
