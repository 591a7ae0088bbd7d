using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.JobSeekers.Pause;

/// <summary>Pausing a person's search for work, with why and when to look at it again.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class PauseController(JobSeekerAccess access, JobSeekerRecordService records, SiteLinks linkTo) : Controller
{
    [HttpGet("/job-seekers/{id:guid}/pause")]
    public async Task<IActionResult> Index(Guid id)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        ViewBag.Person = person;
        return View(new PauseForm());
    }

    [HttpPost("/job-seekers/{id:guid}/pause")]
    public async Task<IActionResult> Pause(Guid id, PauseForm form, [FromServices] IValidator<PauseForm> validator)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        ViewBag.Person = person;
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View("Index", form);
        }
        var result = await records.PauseAsync(person, form.ToReason(), form.OtherReason, form.ToLookAgainOn(), JobSeekerAccess.UserId(User));
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return View("Index", form);
        }
        TempData["Success"] = $"{person.DisplayName} is paused: they will not be suggested for opportunities";
        return Redirect(linkTo.JobSeeker(id));
    }
}
