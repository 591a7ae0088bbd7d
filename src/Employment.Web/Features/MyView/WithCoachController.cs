using Employment.Core.JobSeekers;
using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.MyView;

/// <summary>
/// The same pages on the coach's own device, with the coach beside the person. Only the person's own coach may
/// open them (administrators have no caseload), and every page says that the coach is signed in.
/// </summary>
[Authorize(Roles = Roles.Coach)]
public sealed class WithCoachController(
    MyViewPages pages, JobSeekerAccess access, AuditLog audit, JobSeekerAnswerService answers, IValidator<AboutMeForm> aboutValidator, IValidator<NotForMeForm> notForMeValidator, SiteLinks linkTo)
    : MyViewControllerBase(pages, answers, aboutValidator, notForMeValidator, linkTo)
{
    [HttpGet("/job-seekers/{id:guid}/with-me")]
    public Task<IActionResult> About(Guid id) => ShowAbout();

    [HttpPost("/job-seekers/{id:guid}/with-me")]
    public Task<IActionResult> About(Guid id, string? answer, [Bind(Prefix = "Form")] AboutMeForm form) => AnswerAbout(answer, form);

    [HttpGet("/job-seekers/{id:guid}/with-me/jobs")]
    public Task<IActionResult> Jobs(Guid id, int job = 1) => ShowJobs(job);

    [HttpPost("/job-seekers/{id:guid}/with-me/jobs/{opportunityId:guid}")]
    public Task<IActionResult> Job(Guid id, Guid opportunityId, string? answer, int job = 1) => AnswerJob(opportunityId, answer, job);

    [HttpGet("/job-seekers/{id:guid}/with-me/jobs/{opportunityId:guid}/not-for-me")]
    public Task<IActionResult> NotForMe(Guid id, Guid opportunityId) => ShowNotForMe(opportunityId);

    [HttpPost("/job-seekers/{id:guid}/with-me/jobs/{opportunityId:guid}/not-for-me")]
    public Task<IActionResult> NotForMe(Guid id, Guid opportunityId, [Bind(Prefix = "Form")] NotForMeForm form) => AnswerNotForMe(opportunityId, form);

    [HttpGet("/job-seekers/{id:guid}/with-me/my-jobs")]
    public Task<IActionResult> MyJobs(Guid id) => ShowMyJobs();

    protected override async Task<MyViewFrame?> FrameAsync()
    {
        if (!Guid.TryParse(RouteData.Values["id"] as string, out var id))
        {
            return null;
        }
        var coachId = JobSeekerAccess.UserId(User);
        var person = await access.Visible(User).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.CoachId == coachId && j.ErasedAt == null);
        if (person is null)
        {
            return null;
        }
        if (HttpMethods.IsGet(Request.Method))
        {
            await audit.RecordAsync(person.Id, coachId, AuditLog.Viewed, "Own view, with the coach");
        }
        return new MyViewFrame(person, coachId);
    }

    protected override IActionResult NoOne() => NotFound();
}
