using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.MyView;

/// <summary>
/// The person's own pages, whichever way they were reached. Subclasses say who the person is (<see cref="FrameAsync"/>)
/// and declare the routes; everything else is shared so both ways show exactly the same thing.
/// </summary>
public abstract class MyViewControllerBase(
    MyViewPages pages, JobSeekerAnswerService answers, IValidator<AboutMeForm> aboutValidator, IValidator<NotForMeForm> notForMeValidator, SiteLinks linkTo) : Controller
{
    /// <summary>The prefix the pages' forms bind under (<c>[Bind(Prefix = "Form")]</c>), as their view models hold them.</summary>
    protected const string FormPrefix = "Form";

    protected SiteLinks LinkTo { get; } = linkTo;

    /// <summary>The person and where their pages live, or null when this request may not see anyone.</summary>
    protected abstract Task<MyViewFrame?> FrameAsync();

    /// <summary>What to answer when <see cref="FrameAsync"/> finds no one.</summary>
    protected abstract IActionResult NoOne();

    protected async Task<IActionResult> ShowAbout() =>
        await FrameAsync() is { } frame ? View("AboutMe", await pages.AboutAsync(frame, new AboutMeForm())) : NoOne();

    protected async Task<IActionResult> AnswerAbout(string? answer, AboutMeForm form)
    {
        if (await FrameAsync() is not { } frame)
        {
            return NoOne();
        }
        if (!await aboutValidator.ValidateIntoAsync(form, new AboutMeButton(answer), ModelState, "Form", HttpContext.RequestAborted))
        {
            return View("AboutMe", await pages.AboutAsync(frame, form));
        }
        await answers.RecordAboutAsync(frame.Person.Id, frame.CoachBesideId, answer == "right" ? AnswerKind.ProfileRight : AnswerKind.ProfileChange, form.WhatToChange);
        TempData["Success"] = answer == "right" ? "Thank you. We told your coach this is right." : "Thank you. We told your coach you want to change this.";
        return Redirect(LinkTo.AboutMe(frame));
    }

    protected async Task<IActionResult> ShowJobs(int number) =>
        await FrameAsync() is { } frame ? View("JobsForMe", await pages.JobsAsync(frame, number, HttpContext.RequestAborted)) : NoOne();

    /// <summary>"I like this" and "I want to talk" are kept here; "Not for me" goes on to ask why.</summary>
    protected async Task<IActionResult> AnswerJob(Guid opportunityId, string? answer, int number)
    {
        if (await FrameAsync() is not { } frame)
        {
            return NoOne();
        }
        if (answer == "not")
        {
            return Redirect(LinkTo.NotForMe(frame, opportunityId));
        }
        var kind = answer switch { "like" => AnswerKind.LikeJob, "talk" => AnswerKind.TalkAboutJob, _ => (AnswerKind?)null };
        if (kind is null || await pages.JobAsync(frame, opportunityId) is not { } job)
        {
            return NotFound();
        }
        await answers.RecordJobAsync(frame.Person.Id, frame.CoachBesideId, opportunityId, kind.Value);
        TempData["Success"] = kind == AnswerKind.LikeJob
            ? $"Thank you. We told your coach you like {job.Title}."
            : $"Thank you. Your coach will talk to you about {job.Title}.";
        return Redirect(LinkTo.JobsForMe(frame, number));
    }

    protected async Task<IActionResult> ShowNotForMe(Guid opportunityId)
    {
        if (await FrameAsync() is not { } frame)
        {
            return NoOne();
        }
        return await pages.JobAsync(frame, opportunityId) is { } job ? View("NotForMe", new NotForMePage(frame, job, new NotForMeForm())) : NotFound();
    }

    protected async Task<IActionResult> AnswerNotForMe(Guid opportunityId, NotForMeForm form)
    {
        if (await FrameAsync() is not { } frame)
        {
            return NoOne();
        }
        if (await pages.JobAsync(frame, opportunityId) is not { } job)
        {
            return NotFound();
        }
        if (ModelState.TryGetValue(FormPrefix + "." + nameof(form.Reason), out var reason))
        {
            // A value that is not one of the choices gets the same plain words as no choice at all: the validator's.
            reason.Errors.Clear();
        }
        if (!await notForMeValidator.ValidateIntoAsync(form, ModelState, FormPrefix, HttpContext.RequestAborted) || form.Reason is null)
        {
            return View("NotForMe", new NotForMePage(frame, job, form));
        }
        await answers.RecordNotForMeAsync(frame.Person.Id, frame.CoachBesideId, opportunityId, form.Reason.Value, form.Words);
        TempData["Success"] = $"Thank you. We will not show you {job.Title} again. We told your coach.";
        return Redirect(LinkTo.JobsForMe(frame));
    }

    protected async Task<IActionResult> ShowMyJobs() =>
        await FrameAsync() is { } frame ? View("MyJobs", await pages.MyJobsAsync(frame)) : NoOne();
}
