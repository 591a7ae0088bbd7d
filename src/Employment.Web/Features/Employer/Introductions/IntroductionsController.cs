using System.Globalization;
using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Employers;
using Employment.Core.Placements;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Employer.Introductions;

/// <summary>
/// An employer answers a coach's introduction: the answers are the placement's own pipeline steps, written by
/// <see cref="PlacementRecorder"/> with the employer's account as who recorded them, so the coach sees them at once.
/// A placement at another organisation's opportunity is not found.
/// </summary>
[Authorize(Roles = Roles.Employer)]
public sealed class IntroductionsController(
    ActingEmployers employers, PlacementRecorder recorder, PersonReferences references, TeamContacts contacts,
    ReferenceLists lists, AuditLog audit, SiteLinks linkTo) : Controller
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [HttpGet("/employer/introductions/{id:guid}")]
    public async Task<IActionResult> Show(Guid id)
    {
        if (await OwnPlacementAsync(id) is not { } placement)
        {
            return NotFound();
        }
        var page = await PageAsync(placement);
        if (page.Shares)
        {
            await audit.RecordAsync(placement.JobSeekerId, JobSeekerAccess.UserId(User), AuditLog.Viewed, $"Introduced to {placement.Opportunity!.Title}: seen by the employer");
        }
        return View("/Features/Employer/Introductions/Show.cshtml", page);
    }

    [HttpGet("/employer/introductions/{id:guid}/" + IntroductionAnswers.Route)]
    public async Task<IActionResult> Answer(Guid id, string answer)
    {
        if (await OwnPlacementAsync(id) is not { } placement || IntroductionAnswers.Find(answer) is not { } chosen)
        {
            return NotFound();
        }
        if (!IntroductionAnswers.OpenAt(placement.Stage).Contains(chosen))
        {
            return Redirect(linkTo.Introduction(id));
        }
        return await AnswerView(placement, chosen, new AnswerForm());
    }

    [HttpPost("/employer/introductions/{id:guid}/" + IntroductionAnswers.Route)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Record(Guid id, string answer, AnswerForm form, [FromServices] IValidator<AnswerForm> validator)
    {
        if (await OwnPlacementAsync(id) is not { } placement || IntroductionAnswers.Find(answer) is not { } chosen)
        {
            return NotFound();
        }
        if (!IntroductionAnswers.OpenAt(placement.Stage).Contains(chosen))
        {
            ModelState.AddErrors([Core.Problem.ForPage($"You cannot answer \"{chosen.Button.ToLowerInvariant()}\" now: this introduction is at \"{PlacementPipeline.StageLabel(placement.Stage).ToLowerInvariant()}\"")]);
            return await AnswerView(placement, chosen, form);
        }
        if (await validator.ValidateIntoAsync(form, new AnswerContext(placement, chosen), ModelState, ct: HttpContext.RequestAborted))
        {
            ModelState.AddErrors(await recorder.RecordAsync(placement, form.ToStep(chosen.Step, recorder.Today), JobSeekerAccess.UserId(User)!.Value));
        }
        if (!ModelState.IsValid)
        {
            return await AnswerView(placement, chosen, form);
        }
        TempData["Success"] = $"{chosen.Done}. The job coach can see your answer now.";
        return Redirect(linkTo.Introduction(id));
    }

    /// <summary>The placement with what checking a step needs, only when it is at the signed-in employer's own opportunity.</summary>
    private async Task<Placement?> OwnPlacementAsync(Guid id)
    {
        if (await employers.ForEmployerUserAsync(User) is not { } acting)
        {
            return null;
        }
        var placement = await recorder.FindAsync(id);
        return placement?.Opportunity?.EmployerId == acting.Employer.Id && placement.JobSeeker!.ErasedAt is null ? placement : null;
    }

    private async Task<IActionResult> AnswerView(Placement placement, IntroductionAnswer answer, AnswerForm form)
    {
        ViewBag.Answer = answer;
        ViewBag.Page = await PageAsync(placement);
        return View("/Features/Employer/Introductions/Answer.cshtml", form);
    }

    private async Task<IntroductionPage> PageAsync(Placement placement)
    {
        var person = placement.JobSeeker!;
        var reference = (await references.ForAsync([person.Id], HttpContext.RequestAborted))[person.Id];
        var contact = (await contacts.ForPeopleAsync([person.Id], HttpContext.RequestAborted)).GetValueOrDefault(person.Id);
        var shares = person.ConsentToShare;
        var occupations = await lists.OccupationsAsync();
        var skills = await lists.SkillsAsync();
        var adjustments = await lists.AdjustmentsAsync();
        var history = placement.Events.OrderBy(e => e.OccurredOn).ThenBy(e => e.Id)
            .Select(e => new IntroductionStep(e.OccurredOn, e.Type == PlacementEventType.EmployerWantsToMeet && e.MeetOn is { } day
                ? $"You said you would like to meet on {day.ToString("dddd d MMMM yyyy", English)}"
                : PlacementPipeline.StepLabel(e.Type)))
            .ToList();
        return new IntroductionPage(placement.Id, reference, shares, shares ? person.FirstName : null,
            shares ? [.. person.Interests.Select(c => ReferenceLists.LabelOf(occupations, c))] : [],
            shares ? [.. person.Skills.Select(c => ReferenceLists.LabelOf(skills, c))] : [],
            shares ? [.. person.SupportNeeds.Select(c => ReferenceLists.LabelOf(adjustments, c))] : [],
            placement.OpportunityId, placement.Opportunity!.Title, IntroductionAnswers.StageFor(placement),
            history, IntroductionAnswers.OpenAt(placement.Stage), contact);
    }
}
