using Employment.Web.Infrastructure.Links;
using System.Globalization;
using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Placements;

/// <summary>
/// A placement's history and its next steps, and the follow-ups once the person has started. Only the person's own
/// job coach records anything; an administrator may look.
/// </summary>
[Authorize(Roles = Roles.Coach + "," + Roles.Admin)]
public sealed class PlacementsController(
    EmploymentDbContext db,
    JobSeekerAccess access,
    AuditLog audit,
    PlacementRecorder recorder,
    CheckInRecorder checkIns,
    SiteLinks linkTo) : Controller
{
    private const string Steps = "{step:regex(^(interviewed|offered|started|ended|declined|rejected|hours-changed|pay-changed|role-changed|still-working)$)}";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [HttpGet("/placements/{id:guid}")]
    public async Task<IActionResult> Show(Guid id)
    {
        var placement = await VisibleAsync(id);
        if (placement is null)
        {
            return NotFound();
        }
        await audit.RecordAsync(placement.JobSeekerId, JobSeekerAccess.UserId(User), AuditLog.Viewed, "Placement");
        var recorders = placement.Events.Select(e => e.RecordedById).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.Where(u => recorders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var employer = await db.Employers.Where(e => e.Id == placement.Opportunity!.EmployerId).Select(e => e.Name).FirstAsync();
        return View(new PlacementPage(
            placement.Id,
            placement.JobSeekerId,
            placement.JobSeeker!.DisplayName,
            placement.Opportunity!.Title,
            placement.Opportunity.Kind,
            employer,
            placement.Stage,
            placement.Events.OrderBy(e => e.OccurredOn).ThenBy(e => e.Id)
                .Select(e => new HistoryLine(e, e.RecordedById is { } by && names.TryGetValue(by, out var name) ? name : "The service"))
                .ToList(),
            placement.FollowUps.OrderBy(f => f.DueOn).ThenBy(f => f.Kind).ToList(),
            User.IsInRole(Roles.Coach) ? NextSteps(placement) : [],
            recorder.Today,
            placement.Stage == PlacementEventType.Started ? JobFacts.On(placement.Events, recorder.Today) : null,
            placement.Events.Where(e => e.Type == PlacementEventType.EmployerSaysLeft).Select(e => (DateOnly?)e.OccurredOn).Max()));
    }

    [HttpGet("/placements/{id:guid}/" + Steps)]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Step(Guid id, string step)
    {
        var placement = await VisibleAsync(id);
        if (placement is null || PlacementPipeline.FromSlug(step) is not { } type)
        {
            return NotFound();
        }
        if (!PlacementPipeline.Allows(placement.Stage, type))
        {
            TempData["Error"] = PlacementPipeline.Refusal(placement.Stage, type);
            return Redirect(linkTo.Placement(id));
        }
        var form = new StepForm();
        if (type == PlacementEventType.Started)
        {
            form.HoursPerWeek = placement.Opportunity!.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture);
            form.HourlyPay = placement.Opportunity.HourlyPay?.ToString("0.00", CultureInfo.InvariantCulture);
        }
        if (type == PlacementEventType.PayChanged && !placement.Opportunity!.Kind.MayBePaid())
        {
            TempData["Error"] = $"{placement.Opportunity.Kind.Label()} is unpaid: there is no pay to change";
            return Redirect(linkTo.Placement(id));
        }
        return StepView(placement, type, form);
    }

    [HttpPost("/placements/{id:guid}/" + Steps)]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> RecordStep(Guid id, string step, StepForm form, [FromServices] IValidator<StepForm> validator)
    {
        var placement = await VisibleAsync(id);
        if (placement is null || PlacementPipeline.FromSlug(step) is not { } type)
        {
            return NotFound();
        }
        if (await validator.ValidateIntoAsync(form, new StepContext(placement, type), ModelState, ct: HttpContext.RequestAborted))
        {
            ModelState.AddErrors(await recorder.RecordAsync(placement, form.ToStep(type, recorder.Today), JobSeekerAccess.UserId(User)!.Value));
        }
        if (!ModelState.IsValid)
        {
            return StepView(placement, type, form);
        }
        TempData["Success"] = $"{PlacementPipeline.StepLabel(type)}: recorded for {placement.JobSeeker!.DisplayName}";
        return Redirect(linkTo.Placement(id));
    }

    [HttpGet("/placements/{id:guid}/follow-ups/{followUpId:guid}")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> CheckIn(Guid id, Guid followUpId)
    {
        var (placement, followUp) = await VisibleFollowUpAsync(id, followUpId);
        if (placement is null || followUp is null)
        {
            return NotFound();
        }
        if (!followUp.IsOpen)
        {
            TempData["Error"] = checkIns.Check(followUp, new CheckIn(recorder.Today, null, null, null, null))[0].Message;
            return Redirect(linkTo.Placement(id, "follow-ups"));
        }
        return CheckInView(placement, followUp, new CheckInForm { DoneOn = Infrastructure.GovUk.DateParts.From(recorder.Today) });
    }

    [HttpPost("/placements/{id:guid}/follow-ups/{followUpId:guid}")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> RecordCheckIn(Guid id, Guid followUpId, CheckInForm form, [FromServices] IValidator<CheckInForm> validator)
    {
        var (placement, followUp) = await VisibleFollowUpAsync(id, followUpId);
        if (placement is null || followUp is null)
        {
            return NotFound();
        }
        if (await validator.ValidateIntoAsync(form, followUp, ModelState, ct: HttpContext.RequestAborted))
        {
            ModelState.AddErrors(await checkIns.RecordAsync(followUp, form.ToCheckIn(checkIns.Today), JobSeekerAccess.UserId(User)!.Value));
        }
        if (!ModelState.IsValid)
        {
            return CheckInView(placement, followUp, form);
        }
        TempData["Success"] = $"{followUp.Kind.Label()} recorded for {placement.JobSeeker!.DisplayName}";
        return Redirect(linkTo.Placement(id, "follow-ups"));
    }

    /// <summary>The placement, if the person is in the signed-in coach's caseload (or the user is an administrator).</summary>
    private async Task<Placement?> VisibleAsync(Guid id)
    {
        var placement = await recorder.FindAsync(id);
        return placement is not null && await access.Visible(User).AnyAsync(j => j.Id == placement.JobSeekerId) ? placement : null;
    }

    private async Task<(Placement? Placement, FollowUp? FollowUp)> VisibleFollowUpAsync(Guid id, Guid followUpId)
    {
        var placement = await VisibleAsync(id);
        return (placement, placement?.FollowUps.FirstOrDefault(f => f.Id == followUpId));
    }

    /// <summary>The steps a coach may record next; no pay change for an unpaid kind.</summary>
    private static IReadOnlyList<PlacementEventType> NextSteps(Placement placement) =>
        PlacementPipeline.NextSteps(placement.Stage).Where(s => s != PlacementEventType.PayChanged || placement.Opportunity!.Kind.MayBePaid()).ToList();

    private ViewResult StepView(Placement placement, PlacementEventType type, StepForm form)
    {
        ViewBag.Context = new StepPageContext(placement.Id, placement.JobSeeker!.DisplayName, PlacementPipeline.StepLabel(type),
            $"{placement.JobSeeker.DisplayName}: {placement.Opportunity!.Title}", placement.Opportunity.Kind,
            linkTo.PlacementStep(placement.Id, type), "Record " + PlacementPipeline.StepLabel(type).ToLowerInvariant());
        ViewBag.Type = type;
        ViewBag.DateName = StepForm.DateName(type);
        ViewBag.InForce = JobFacts.On(placement.Events, recorder.Today);
        return View("Step", form);
    }

    private ViewResult CheckInView(Placement placement, FollowUp followUp, CheckInForm form)
    {
        ViewBag.Context = new StepPageContext(placement.Id, placement.JobSeeker!.DisplayName, followUp.Kind.Label(),
            $"{placement.JobSeeker.DisplayName}: due {followUp.DueOn.ToString("d MMMM yyyy", English)}", placement.Opportunity!.Kind,
            linkTo.CheckIn(placement.Id, followUp.Id), "Record the check-in");
        return View("CheckIn", form);
    }
}
