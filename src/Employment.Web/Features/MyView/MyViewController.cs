using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.MyView;

/// <summary>
/// The person's own pages, opened with their personal link. No sign-in: the session cookie from the link is the
/// only key, and it opens these routes and nothing else. A link that does not work shows a plain message and
/// nothing about anyone.
/// </summary>
[AllowAnonymous]
public sealed class MyViewController(
    MyViewPages pages, PersonalLinks links, JobSeekerAnswerService answers, IValidator<AboutMeForm> aboutValidator, IValidator<NotForMeForm> notForMeValidator, SiteLinks linkTo)
    : MyViewControllerBase(pages, answers, aboutValidator, notForMeValidator, linkTo)
{
    [HttpGet("/my/link/{token}"), Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.RequestLimitsSetup.Links)]
    public async Task<IActionResult> Open(string token) =>
        await links.OpenAsync(HttpContext, token) ? Redirect(LinkTo.MyViewHome()) : LinkEnded(StatusCodes.Status404NotFound);

    /// <summary>The short link a person can type (docs/decisions/0070): limited like the long one, and as plain when it does not work.</summary>
    [HttpGet("/go/{code}"), Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.RequestLimitsSetup.Links)]
    public async Task<IActionResult> OpenShort(string code) =>
        await links.OpenByShortCodeAsync(HttpContext, code) ? Redirect(LinkTo.MyViewHome()) : LinkEnded(StatusCodes.Status404NotFound);

    [HttpGet("/my")]
    public Task<IActionResult> About() => ShowAbout();

    [HttpPost("/my")]
    public Task<IActionResult> About(string? answer, [Bind(Prefix = "Form")] AboutMeForm form) => AnswerAbout(answer, form);

    [HttpGet("/my/jobs")]
    public Task<IActionResult> Jobs(int job = 1) => ShowJobs(job);

    [HttpPost("/my/jobs/{opportunityId:guid}")]
    public Task<IActionResult> Job(Guid opportunityId, string? answer, int job = 1) => AnswerJob(opportunityId, answer, job);

    [HttpGet("/my/jobs/{opportunityId:guid}/not-for-me")]
    public Task<IActionResult> NotForMe(Guid opportunityId) => ShowNotForMe(opportunityId);

    [HttpPost("/my/jobs/{opportunityId:guid}/not-for-me")]
    public Task<IActionResult> NotForMe(Guid opportunityId, [Bind(Prefix = "Form")] NotForMeForm form) => AnswerNotForMe(opportunityId, form);

    [HttpGet("/my/my-jobs")]
    public Task<IActionResult> MyJobs() => ShowMyJobs();

    [HttpPost("/my/close")]
    public async Task<IActionResult> Close()
    {
        await HttpContext.SignOutAsync(PersonalLinks.Scheme);
        return View("Closed");
    }

    protected override async Task<MyViewFrame?> FrameAsync() =>
        await links.SessionAsync(HttpContext) is { } person ? new MyViewFrame(person, null) : null;

    protected override IActionResult NoOne() => LinkEnded(StatusCodes.Status403Forbidden);

    /// <summary>The same plain page whether the link is unknown, stopped, expired or the session has gone: it names no one.</summary>
    private ViewResult LinkEnded(int status)
    {
        var view = View("LinkEnded");
        view.StatusCode = status;
        return view;
    }
}
