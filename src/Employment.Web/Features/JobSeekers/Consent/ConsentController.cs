using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.JobSeekers.Consent;

/// <summary>Recording a person's agreement to share their first name, interests, skills and support needs with employers.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class ConsentController(JobSeekerAccess access, ConsentService consent, SiteLinks linkTo) : Controller
{
    [HttpGet("/job-seekers/{id:guid}/consent")]
    public async Task<IActionResult> Index(Guid id)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        ViewBag.Person = person;
        return View(new ConsentForm());
    }

    [HttpPost("/job-seekers/{id:guid}/consent")]
    public async Task<IActionResult> Give(Guid id, ConsentForm form, [FromServices] IValidator<ConsentForm> validator)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            ViewBag.Person = person;
            return View("Index", form);
        }
        await consent.GiveAsync(person, JobSeekerAccess.UserId(User), form.Describe());
        TempData["Success"] = $"{person.DisplayName} agrees to share with employers";
        return Redirect(linkTo.JobSeeker(id, "consent"));
    }

    [HttpPost("/job-seekers/{id:guid}/consent/withdraw")]
    public async Task<IActionResult> Withdraw(Guid id)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        await consent.WithdrawAsync(person, JobSeekerAccess.UserId(User));
        TempData["Success"] = $"{person.DisplayName} no longer shares anything with employers";
        return Redirect(linkTo.JobSeeker(id, "consent"));
    }

    [HttpGet("/job-seekers/{id:guid}/consent/easy-read")]
    public async Task<IActionResult> EasyRead(Guid id)
    {
        var person = await access.FindAsync(User, id);
        return person is null ? NotFound() : View(person);
    }
}
