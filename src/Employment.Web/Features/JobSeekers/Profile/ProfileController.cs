using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Core.Reference;
using Employment.Core.Reference.Occupations;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>Adding or changing a careers profile, a page at a time, ending in "Check your answers".</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class ProfileController(
    ProfileDrafts drafts, CareersProfileService profiles, StepValidators validators, JobSeekerAccess access,
    PostcodeLocator postcodes, ReferenceLists lists, IOccupationFinder occupations, SiteLinks linkTo) : Controller
{
    private const string StepPattern = "{step:regex(^(about|aspirations|interests|skills|support|travel|hours|kinds)$)}";

    private Guid CoachId => JobSeekerAccess.UserId(User)!.Value;

    [HttpPost("/job-seekers/new")]
    public async Task<IActionResult> Start()
    {
        var draft = await profiles.StartDraftAsync(CoachId, existing: null);
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
        var draft = await profiles.StartDraftAsync(CoachId, person);
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
        return await StepView(draft, step, StepForms.From(step, ProfileAnswers.Read(draft)), change);
    }

    [HttpPost("/job-seekers/drafts/{draftId:guid}/" + StepPattern)]
    public async Task<IActionResult> SaveStep(Guid draftId, string step, bool change = false)
    {
        var draft = await drafts.FindAsync(CoachId, draftId);
        if (draft is null)
        {
            return NotFound();
        }
        var answers = ProfileAnswers.Read(draft);
        var form = StepForms.Empty(step);
        await TryUpdateModelAsync(form, form.GetType(), "");
        ModelState.AddErrors(await validators.ValidateAsync(form, answers, HttpContext.RequestAborted));
        if (!ModelState.IsValid)
        {
            return await StepView(draft, step, form, change);
        }
        await form.ApplyToAsync(answers, postcodes);
        answers.Answered.Add(step);
        await profiles.SaveDraftAsync(draft, answers);
        var next = change || answers.IsComplete ? null : ProfileSteps.After(step);
        return Redirect(next is null ? linkTo.DraftCheck(draftId) : linkTo.DraftStep(draftId, next.Slug));
    }

    /// <summary>
    /// The interests page's "Search" and "Add to their choices" buttons post here (formaction), so finding a job in
    /// everyday words works without JavaScript. Nothing is saved: the page comes back with the jobs found and the choices
    /// as they were typed, plus the one added; "Continue" saves as before.
    /// </summary>
    [HttpPost("/job-seekers/drafts/{draftId:guid}/interests/find")]
    public async Task<IActionResult> FindJob(Guid draftId, bool change = false, bool add = false)
    {
        var draft = await drafts.FindAsync(CoachId, draftId);
        if (draft is null)
        {
            return NotFound();
        }
        var form = new InterestsForm();
        await TryUpdateModelAsync(form, "");
        var search = JobSearch.Clean(form.Search);
        if (!add && search.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(InterestsForm.Search), problem);
        }
        if (add)
        {
            await AddFoundJobAsync(form);
        }
        ViewBag.Search = search.Problem is null && search.Words is { } words
            ? new JobSearch(words, occupations.Find(words, JobSearch.Shown))
            : null;
        return await StepView(draft, "interests", form, change);
    }

    private async Task AddFoundJobAsync(InterestsForm form)
    {
        var known = (await lists.OccupationsAsync()).Any(o => o.Value == form.Found);
        if (!known)
        {
            ModelState.AddModelError(nameof(InterestsForm.Found), "Choose one of the jobs found");
        }
        else if (form.Choices().Any(c => c.Code == form.Found))
        {
            ModelState.AddModelError(nameof(InterestsForm.Found), "That job is already one of their choices");
        }
        else if (!form.TryAdd(form.Found!))
        {
            ModelState.AddModelError(nameof(InterestsForm.Found), "They already have 3 choices. Clear one of them before adding another");
        }
        else
        {
            // The page shows the form's values, not what was posted, for the choice just filled.
            foreach (var (field, _) in form.Choices())
            {
                ModelState.Remove(field);
            }
            ModelState.Remove(nameof(InterestsForm.Found));
            form.Found = null;
        }
    }

    [HttpGet("/job-seekers/drafts/{draftId:guid}/check")]
    public async Task<IActionResult> Check(Guid draftId)
    {
        var draft = await drafts.FindAsync(CoachId, draftId);
        if (draft is null)
        {
            return NotFound();
        }
        var answers = ProfileAnswers.Read(draft);
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
        var answers = ProfileAnswers.Read(draft);
        if (!answers.IsComplete)
        {
            return Redirect(linkTo.DraftCheck(draftId));
        }
        JobSeeker? existing = null;
        if (draft.JobSeekerId is { } existingId)
        {
            existing = await access.FindAsync(User, existingId);
            if (existing is null)
            {
                return NotFound();
            }
        }
        var person = (await profiles.SaveProfileAsync(draft, answers, existing, CoachId)).Value!;
        TempData["Success"] = existing is null
            ? $"{person.DisplayName} has been added to your caseload"
            : $"{person.DisplayName}'s profile has been updated";
        return Redirect(linkTo.JobSeeker(person.Id));
    }

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
