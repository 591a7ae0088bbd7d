using Employment.Core;
using Employment.Core.Data;
using Employment.Core.Opportunities;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Employer.Opportunities.Posting;

/// <summary>
/// "Post an opportunity", a question a page (decision 0067): the kind first, then only the questions for that kind, then
/// Check your answers. Every answer is saved in the draft at once, so the employer can stop and come back from the list
/// of opportunities. Employers reach it under /employer, job coaches under /coach/employers/{id}.
/// </summary>
public abstract class PostingControllerBase(EmploymentDbContext db, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo) : Controller
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    /// <summary>The prefix the step pages' fields are sent under, as <see cref="PostingStepPage"/> holds the form.</summary>
    private const string FormPrefix = "Form";

    protected abstract Task<ActingEmployer?> FindAsync();

    [HttpGet("opportunities/new")]
    public async Task<IActionResult> New()
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        if (!acting.MayChangeOpportunities)
        {
            return View(Views.Waiting, acting);
        }
        return StepView(acting, null, new PostingAnswers(), PostingSteps.All[0], new OpportunityForm());
    }

    /// <summary>The answer to the first question starts the draft.</summary>
    [HttpPost("opportunities/new")]
    public async Task<IActionResult> New([Bind(Prefix = FormPrefix)] OpportunityForm form, [FromServices] IValidator<OpportunityForm> validator, [FromServices] OpportunityDraftService drafts)
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        if (!acting.MayChangeOpportunities)
        {
            return View(Views.Waiting, acting);
        }
        var step = PostingSteps.All[0];
        var answers = new PostingAnswers { Adjustments = [.. acting.Employer.AdjustmentsUsuallyOffered] };
        answers.Take(step, form);
        if (!await CheckStepAsync(step, answers, acting, validator))
        {
            return StepView(acting, null, answers, step, form);
        }
        var draft = (await drafts.StartAsync(acting.Employer.Id, answers.ToJson())).Value!;
        return Redirect(NextPage(acting, draft.Id, answers, step.Slug));
    }

    /// <summary>Continues a draft where it was left.</summary>
    [HttpGet("opportunities/drafts/{draftId:guid}")]
    public async Task<IActionResult> Continue(Guid draftId)
    {
        if (await FindDraftAsync(draftId) is not ({ } acting, { } draft))
        {
            return NotFound();
        }
        return Redirect(draft.PostedOpportunityId is { } posted ? linkTo.Opportunity(acting, posted) : NextPage(acting, draft.Id, PostingAnswers.FromJson(draft.Answers)));
    }

    [HttpGet("opportunities/drafts/{draftId:guid}/" + PostingSteps.Pattern)]
    public async Task<IActionResult> Step(Guid draftId, string step)
    {
        if (await FindDraftAsync(draftId) is not ({ } acting, { } draft) || PostingSteps.Find(step) is not { } question)
        {
            return NotFound();
        }
        if (draft.PostedOpportunityId is { } posted)
        {
            return Redirect(linkTo.Opportunity(acting, posted));
        }
        var answers = PostingAnswers.FromJson(draft.Answers);
        if (!question.AppliesTo(answers))
        {
            return Redirect(NextPage(acting, draft.Id, answers));
        }
        return StepView(acting, draft.Id, answers, question, answers.ToForm());
    }

    [HttpPost("opportunities/drafts/{draftId:guid}/" + PostingSteps.Pattern)]
    public async Task<IActionResult> Step(Guid draftId, string step, [Bind(Prefix = FormPrefix)] OpportunityForm form, [FromServices] IValidator<OpportunityForm> validator, [FromServices] OpportunityDraftService drafts)
    {
        if (await FindDraftAsync(draftId) is not ({ } acting, { } draft) || PostingSteps.Find(step) is not { } question)
        {
            return NotFound();
        }
        if (draft.PostedOpportunityId is { } posted)
        {
            return Redirect(linkTo.Opportunity(acting, posted));
        }
        var answers = PostingAnswers.FromJson(draft.Answers);
        if (!question.AppliesTo(answers))
        {
            return Redirect(NextPage(acting, draft.Id, answers));
        }
        answers.Take(question, form);
        if (!await CheckStepAsync(question, answers, acting, validator))
        {
            return StepView(acting, draft.Id, answers, question, form);
        }
        await drafts.SaveAsync(draft, answers.ToJson());
        return Redirect(NextPage(acting, draft.Id, answers, question.Slug));
    }

    [HttpGet("opportunities/drafts/{draftId:guid}/check")]
    public async Task<IActionResult> Check(Guid draftId, [FromServices] IValidator<OpportunityForm> validator)
    {
        if (await FindDraftAsync(draftId) is not ({ } acting, { } draft))
        {
            return NotFound();
        }
        if (draft.PostedOpportunityId is { } posted)
        {
            return Redirect(linkTo.Opportunity(acting, posted));
        }
        var answers = PostingAnswers.FromJson(draft.Answers);
        if (PostingSteps.NextUnanswered(answers) is { } unanswered)
        {
            return Redirect(linkTo.PostingStep(acting, draft.Id, unanswered.Slug));
        }
        await CheckAllAsync(answers, acting, validator);
        return View(Views.CheckAnswers, await CheckPageAsync(acting, draft.Id, answers));
    }

    /// <summary>Posts the draft, once: a second submit (double click, back and post again) finds the opportunity already posted.</summary>
    [HttpPost("opportunities/drafts/{draftId:guid}/check")]
    public async Task<IActionResult> Post(Guid draftId, [FromServices] IValidator<OpportunityForm> validator, [FromServices] OpportunityService opportunities)
    {
        if (await FindDraftAsync(draftId) is not ({ } acting, { } draft))
        {
            return NotFound();
        }
        if (draft.PostedOpportunityId is { } posted)
        {
            return Redirect(linkTo.Opportunity(acting, posted));
        }
        var answers = PostingAnswers.FromJson(draft.Answers);
        if (PostingSteps.NextUnanswered(answers) is { } unanswered)
        {
            return Redirect(linkTo.PostingStep(acting, draft.Id, unanswered.Slug));
        }
        if (!await CheckAllAsync(answers, acting, validator))
        {
            return View(Views.CheckAnswers, await CheckPageAsync(acting, draft.Id, answers));
        }
        var form = answers.ToForm();
        var site = acting.Employer.Sites.Single(s => s.Id == form.SiteId);
        var result = await opportunities.PostDraftAsync(draft, form.ToDetails(site));
        if (result.Value is not { } opportunity)
        {
            return NotFound();
        }
        TempData["Success"] = $"{opportunity.Title} is posted";
        return Redirect(linkTo.Opportunity(acting, opportunity.Id));
    }

    [HttpGet("opportunities/drafts/{draftId:guid}/delete")]
    public async Task<IActionResult> Delete(Guid draftId)
    {
        if (await FindDraftAsync(draftId) is not ({ } acting, { } draft) || draft.PostedOpportunityId is not null)
        {
            return NotFound();
        }
        return View(Views.Delete, new DeleteDraftPage(acting, draft.Id, PostingAnswers.FromJson(draft.Answers)));
    }

    [HttpPost("opportunities/drafts/{draftId:guid}/delete")]
    public async Task<IActionResult> Delete(Guid draftId, [FromServices] OpportunityDraftService drafts)
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        await drafts.DeleteAsync(acting.Employer.Id, draftId);
        TempData["Success"] = "Draft deleted";
        return Redirect(linkTo.Opportunities(acting));
    }

    private async Task<(ActingEmployer Acting, OpportunityDraft Draft)?> FindDraftAsync(Guid draftId)
    {
        if (await FindAsync() is not { MayChangeOpportunities: true } acting)
        {
            return null;
        }
        var draft = await db.OpportunityDrafts.SingleOrDefaultAsync(d => d.Id == draftId && d.EmployerId == acting.Employer.Id);
        return draft is null ? null : (acting, draft);
    }

    /// <summary>The next question not yet answered, or Check your answers once all are: so a changed answer goes back to Check.</summary>
    private string NextPage(ActingEmployer acting, Guid draftId, PostingAnswers answers, string? after = null) =>
        PostingSteps.NextUnanswered(answers, after) is { } next ? linkTo.PostingStep(acting, draftId, next.Slug) : linkTo.PostingCheck(acting, draftId);

    /// <summary>Checks the answers with the one-page form's rules, keeping only this page's errors, plus what this journey asks on its own.</summary>
    private async Task<bool> CheckStepAsync(PostingStep step, PostingAnswers answers, ActingEmployer acting, IValidator<OpportunityForm> validator)
    {
        ModelState.Clear();
        var form = answers.ToForm();
        var result = await validator.ValidateAsync(FormValidation.With(form, new OpportunityFormContext(acting.Employer.Sites)), HttpContext.RequestAborted);
        ModelState.AddErrors(new ValidationResult(result.Errors.Where(e => PostingSteps.ForField(e.PropertyName) == step)), FormPrefix);
        ModelState.AddErrors(PostingRules.Problems(step, form).Select(p => new Problem(p.Field, p.Message)), FormPrefix);
        return ModelState.IsValid;
    }

    /// <summary>Checks every answer again before posting (a site removed or a new minimum wage since the page was answered).</summary>
    private async Task<bool> CheckAllAsync(PostingAnswers answers, ActingEmployer acting, IValidator<OpportunityForm> validator)
    {
        ModelState.Clear();
        var form = answers.ToForm();
        var result = await validator.ValidateAsync(FormValidation.With(form, new OpportunityFormContext(acting.Employer.Sites)), HttpContext.RequestAborted);
        var problems = result.Errors.Select(e => (Field: e.PropertyName, Message: e.ErrorMessage))
            .Concat(PostingSteps.For(answers).SelectMany(s => PostingRules.Problems(s, form)));
        foreach (var (field, message) in problems)
        {
            var key = PostingSteps.ForField(field)?.Slug ?? field;
            if (!ModelState.ContainsKey(key))
            {
                ModelState.AddModelError(key, message);
            }
        }
        return ModelState.IsValid;
    }

    private ViewResult StepView(ActingEmployer acting, Guid? draftId, PostingAnswers answers, PostingStep step, OpportunityForm form)
    {
        var allAnswered = draftId is not null && PostingSteps.NextUnanswered(answers) is null;
        var back = allAnswered ? linkTo.PostingCheck(acting, draftId!.Value)
            : draftId is { } id && PostingSteps.Before(answers, step.Slug) is { } before ? linkTo.PostingStep(acting, id, before.Slug)
            : linkTo.Opportunities(acting);
        var action = draftId is { } draft ? linkTo.PostingStep(acting, draft, step.Slug) : linkTo.NewOpportunity(acting);
        form.Page = new FormPage(acting.Employer.Name, PostingQuestions.Heading(step, answers), action, "Continue", back);
        form.SiteOptions = acting.Employer.Sites.OrderBy(s => s.Name).Select(s => new SelectListItem($"{s.Name} ({s.Postcode})", s.Id.ToString())).ToList();
        form.AddSiteHref = linkTo.AddSite(acting);
        return View(Views.Step, new PostingStepPage(form, step, answers, draftId is null ? null : linkTo.Opportunities(acting), Today));
    }

    private async Task<PostingCheckPage> CheckPageAsync(ActingEmployer acting, Guid draftId, PostingAnswers answers)
    {
        var form = answers.ToForm();
        var rows = await PostingSummary.RowsAsync(answers, acting.Employer.Sites, lists, Today);
        var changes = rows.Select(r => (r.Row, Href: linkTo.PostingStep(acting, draftId, r.Step.Slug), Error: ModelState[r.Step.Slug]?.Errors.FirstOrDefault()?.ErrorMessage)).ToList();
        var site = form.SiteId is { } siteId ? acting.Employer.Sites.FirstOrDefault(s => s.Id == siteId) : null;
        var warnings = ModelState.IsValid && site is not null ? OpportunityFormValidator.Warnings(form.ToDetails(site)).ToList() : [];
        return new PostingCheckPage(acting, linkTo.PostingCheck(acting, draftId), linkTo.Opportunities(acting), changes, warnings);
    }

    private static class Views
    {
        public const string Waiting = "/Features/Employer/Opportunities/Waiting.cshtml";
        public const string Step = "/Features/Employer/Opportunities/Posting/Step.cshtml";
        public const string CheckAnswers = "/Features/Employer/Opportunities/Posting/CheckAnswers.cshtml";
        public const string Delete = "/Features/Employer/Opportunities/Posting/Delete.cshtml";
    }
}

/// <param name="DraftsHref">Where "Save and come back later" goes; null before the draft is started.</param>
public sealed record PostingStepPage(OpportunityForm Form, PostingStep Step, PostingAnswers Answers, string? DraftsHref, DateOnly Today);

public sealed record PostingCheckPage(ActingEmployer Acting, string Action, string Cancel,
    IReadOnlyList<(SummaryRow Row, string Href, string? Error)> Rows, IReadOnlyList<string> Warnings);

public sealed record DeleteDraftPage(ActingEmployer Acting, Guid DraftId, PostingAnswers Answers);
