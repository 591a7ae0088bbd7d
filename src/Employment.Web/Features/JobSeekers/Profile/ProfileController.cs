using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Reference;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>Adding or changing a careers profile, a page at a time, ending in "Check your answers".</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class ProfileController(
    EmploymentDbContext db, ProfileDrafts drafts, JobSeekerAccess access, AuditLog audit,
    PostcodeLocator postcodes, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo) : Controller
{
    private const string StepPattern = "{step:regex(^(about|aspirations|interests|skills|support|travel|hours|kinds)$)}";

    private Guid CoachId => JobSeekerAccess.UserId(User)!.Value;
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    [HttpPost("/job-seekers/new")]
    public async Task<IActionResult> Start()
    {
        var draft = await drafts.StartAsync(CoachId, existing: null);
        return Redirect(linkTo.DraftStep(draft.Id, "about"));
    }

    [HttpPost("/job-seekers/{id:guid}/change")]
    public async Task<IActionResult> Change(Guid id)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        var draft = await drafts.StartAsync(CoachId, person);
        return Redirect(linkTo.DraftCheck(draft.Id));
    }

    [HttpGet("/job-seekers/drafts/{draftId:guid}/" + StepPattern)]
    public async Task<IActionResult> Step(Guid draftId, string step, bool change = false)
    {
        var draft = await drafts.FindAsync(CoachId, draftId);
        if (draft is null)
        {
            return NotFound();
        }
        return await StepView(draft, step, StepForms.From(step, ProfileDrafts.Read(draft)), change);
    }

    [HttpPost("/job-seekers/drafts/{draftId:guid}/" + StepPattern)]
    public async Task<IActionResult> SaveStep(Guid draftId, string step, bool change = false)
    {
        var draft = await drafts.FindAsync(CoachId, draftId);
        if (draft is null)
        {
            return NotFound();
        }
        var answers = ProfileDrafts.Read(draft);
        var form = StepForms.Empty(step);
        await TryUpdateModelAsync(form, form.GetType(), "");
        await form.ValidateAsync(ModelState, new StepContext(answers, postcodes, lists, Today));
        if (!ModelState.IsValid)
        {
            return await StepView(draft, step, form, change);
        }
        form.ApplyTo(answers);
        answers.Answered.Add(step);
        await drafts.SaveAsync(draft, answers);
        var next = change || answers.IsComplete ? null : ProfileSteps.After(step);
        return Redirect(next is null ? linkTo.DraftCheck(draftId) : linkTo.DraftStep(draftId, next.Slug));
    }

    [HttpGet("/job-seekers/drafts/{draftId:guid}/check")]
    public async Task<IActionResult> Check(Guid draftId)
    {
        var draft = await drafts.FindAsync(CoachId, draftId);
        if (draft is null)
        {
            return NotFound();
        }
        var answers = ProfileDrafts.Read(draft);
        var missing = ProfileSteps.All.FirstOrDefault(s => !answers.Answered.Contains(s.Slug));
        if (missing is not null)
        {
            return Redirect(linkTo.DraftStep(draftId, missing.Slug));
        }
        return View(await CheckAnswersModel.BuildAsync(draft, answers, lists));
    }

    [HttpPost("/job-seekers/drafts/{draftId:guid}/check")]
    public async Task<IActionResult> Save(Guid draftId)
    {
        var draft = await drafts.FindAsync(CoachId, draftId);
        if (draft is null)
        {
            return NotFound();
        }
        var answers = ProfileDrafts.Read(draft);
        if (!answers.IsComplete)
        {
            return Redirect(linkTo.DraftCheck(draftId));
        }
        var now = clock.GetUtcNow();
        JobSeeker? person;
        if (draft.JobSeekerId is { } existingId)
        {
            person = await access.FindAsync(User, existingId);
            if (person is null)
            {
                return NotFound();
            }
            var changed = ChangedSections(ProfileAnswers.From(person), answers);
            answers.ApplyTo(person);
            person.UpdatedAt = now;
            audit.Add(person.Id, CoachId, AuditLog.Changed, changed.Count == 0 ? "Nothing changed" : string.Join(", ", changed));
            TempData["Success"] = $"{person.DisplayName}'s profile has been updated";
        }
        else
        {
            person = new JobSeeker { FirstName = "", LastName = "", CoachId = CoachId, CreatedAt = now, UpdatedAt = now };
            answers.ApplyTo(person);
            db.JobSeekers.Add(person);
            audit.Add(person.Id, CoachId, AuditLog.Created, "Careers profile");
            TempData["Success"] = $"{person.DisplayName} has been added to your caseload";
        }
        db.ProfileDrafts.Remove(draft);
        await db.SaveChangesAsync();
        return Redirect(linkTo.JobSeeker(person.Id));
    }

    private static List<string> ChangedSections(ProfileAnswers before, ProfileAnswers after) =>
        ProfileSteps.All
            .Where(s => StepForms.Fingerprint(s.Slug, before) != StepForms.Fingerprint(s.Slug, after))
            .Select(s => s.Title)
            .ToList();

    private async Task<IActionResult> StepView(Core.JobSeekers.ProfileDraft draft, string step, IStepForm form, bool change)
    {
        var previous = ProfileSteps.Before(step);
        ViewBag.DraftId = draft.Id;
        ViewBag.Change = change;
        ViewBag.Back = change || (previous is null && draft.JobSeekerId is not null)
            ? linkTo.DraftCheck(draft.Id)
            : previous is null ? linkTo.Caseload() : linkTo.DraftStep(draft.Id, previous.Slug);
        ViewBag.Caption = draft.JobSeekerId is null ? "Add a person" : "Change a profile";
        ViewBag.Lists = lists;
        await Task.CompletedTask;
        return View(StepForms.ViewName(step), form);
    }
}
