using Employment.Core.Accounts;
using Employment.Core.EhcPlans.Review;
using Employment.Core.EhcPlans.Text;
using Employment.Core.JobSeekers;
using Employment.Web.Features.JobSeekers.Profile;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.JobSeekers.Plan;

/// <summary>
/// A coach uploads a person's EHC plan; what is read becomes a draft profile the coach reviews suggestion by suggestion,
/// then finishes in the usual profile pages and "Check your answers". The file is read in memory and never stored (decision 0044).
/// </summary>
[Authorize(Roles = Roles.Coach)]
public sealed class PlanController(
    PlanReviewService plans, ProfileDrafts drafts, JobSeekerAccess access, IValidator<UploadForm> validator, ReferenceLists lists, SiteLinks linkTo) : Controller
{
    /// <summary>The request may be a little over the largest plan read, so an oversized file still gets a message naming it.</summary>
    private const long RequestCeiling = 64L * 1024 * 1024;

    private Guid CoachId => JobSeekerAccess.UserId(User)!.Value;

    [HttpGet("/job-seekers/plan")]
    public IActionResult NewPerson() => UploadView(null);

    [HttpPost("/job-seekers/plan")]
    [RequestSizeLimit(RequestCeiling)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestCeiling)]
    public Task<IActionResult> UploadForNewPerson(UploadForm form) => UploadAsync(form, null);

    [HttpGet("/job-seekers/{id:guid}/plan")]
    public async Task<IActionResult> ExistingPerson(Guid id) =>
        await access.FindAsync(User, id) is { } person ? UploadView(person) : NotFound();

    [HttpPost("/job-seekers/{id:guid}/plan")]
    [RequestSizeLimit(RequestCeiling)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestCeiling)]
    public async Task<IActionResult> UploadForExistingPerson(Guid id, UploadForm form) =>
        await access.FindAsync(User, id) is { } person ? await UploadAsync(form, person) : NotFound();

    private async Task<IActionResult> UploadAsync(UploadForm form, JobSeeker? person)
    {
        ModelState.Clear();
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return UploadView(person);
        }
        var file = form.Plan!;
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, HttpContext.RequestAborted);
        }
        var read = await plans.ReadAsync(bytes, file.FileName, HttpContext.RequestAborted);
        if (read.Reading is not { } reading)
        {
            ModelState.AddModelError(nameof(UploadForm.Plan), read.Problem!.TrimEnd('.'));
            return UploadView(person);
        }
        var draft = (await plans.StartDraftAsync(CoachId, person, reading, file.FileName, file.Length)).Value!;
        return Redirect(linkTo.PlanReview(draft.Id));
    }

    [HttpGet("/job-seekers/drafts/{draftId:guid}/plan")]
    public async Task<IActionResult> Review(Guid draftId)
    {
        var draft = await drafts.FindAsync(CoachId, draftId);
        return draft is null || ProfileAnswers.Read(draft).Plan is not { } plan
            ? NotFound()
            : await ReviewView(draft.Id, plan, new ReviewForm { Decisions = [.. plan.Suggestions.Select(_ => new ReviewAnswer())] });
    }

    [HttpPost("/job-seekers/drafts/{draftId:guid}/plan")]
    public async Task<IActionResult> SaveReview(Guid draftId, ReviewForm form)
    {
        var draft = await drafts.FindAsync(CoachId, draftId);
        if (draft is null || ProfileAnswers.Read(draft).Plan is not { } plan)
        {
            return NotFound();
        }
        ModelState.Clear();
        var problems = await plans.ReviewAsync(draft, form.ToDecisions());
        if (problems.Count > 0)
        {
            ModelState.AddErrors(problems);
            return await ReviewView(draft.Id, plan, form);
        }
        var answers = ProfileAnswers.Read(draft);
        var missing = ProfileSteps.All.FirstOrDefault(s => !answers.Answered.Contains(s.Slug));
        return Redirect(missing is null ? linkTo.DraftCheck(draftId) : linkTo.DraftStep(draftId, missing.Slug));
    }

    private ViewResult UploadView(JobSeeker? person)
    {
        ViewBag.Person = person;
        ViewBag.Back = person is null ? linkTo.Caseload() : linkTo.JobSeeker(person.Id);
        ViewBag.Action = person is null ? linkTo.UploadPlan() : linkTo.UploadPlan(person.Id);
        ViewBag.Limit = PlanFileLimits.Megabytes(PlanFileLimits.MaxFileBytes);
        return View("Upload", new UploadForm());
    }

    private async Task<ViewResult> ReviewView(Guid draftId, PlanDraft plan, ReviewForm form)
    {
        var labels = (await lists.OccupationsAsync()).Concat(await lists.SkillsAsync()).Concat(await lists.AdjustmentsAsync())
            .GroupBy(t => t.Value).ToDictionary(g => g.Key, g => g.First().Label);
        while (form.Decisions.Count < plan.Suggestions.Count)
        {
            form.Decisions.Add(new ReviewAnswer());
        }
        ViewBag.Back = linkTo.Caseload();
        return View("Review", new ReviewPage(draftId, plan.FileName, plan.Suggestions, form, labels));
    }
}
