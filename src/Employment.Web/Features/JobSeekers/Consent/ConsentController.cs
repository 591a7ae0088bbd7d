using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.GovUk;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.JobSeekers.Consent;

/// <summary>Recording whether a person agrees to share their first name, interests, skills and support needs with employers, and its withdrawal.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class ConsentController(EmploymentDbContext db, JobSeekerAccess access, ConsentService consent, TimeProvider clock, SiteLinks linkTo) : Controller
{
    [HttpGet("/job-seekers/{id:guid}/consent")]
    public async Task<IActionResult> Index(Guid id)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        return View(await PageAsync(person, new ConsentForm { DecidedOn = DateParts.From(DateOnly.FromDateTime(clock.GetLocalNow().Date)) }));
    }

    [HttpPost("/job-seekers/{id:guid}/consent")]
    public Task<IActionResult> Record(Guid id, ConsentForm form, [FromServices] IValidator<ConsentForm> validator)
    {
        if (form.IsWithdrawal)
        {
            form.Decision = null;
        }
        return SaveAsync(id, form, validator);
    }

    [HttpPost("/job-seekers/{id:guid}/consent/withdraw")]
    public Task<IActionResult> Withdraw(Guid id, ConsentForm form, [FromServices] IValidator<ConsentForm> validator)
    {
        form.Decision = "withdrawn";
        return SaveAsync(id, form, validator);
    }

    [HttpGet("/job-seekers/{id:guid}/consent/easy-read")]
    public async Task<IActionResult> EasyRead(Guid id)
    {
        var person = await access.FindAsync(User, id);
        return person is null ? NotFound() : View(person);
    }

    private async Task<IActionResult> SaveAsync(Guid id, ConsentForm form, IValidator<ConsentForm> validator)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View("Index", await PageAsync(person, form));
        }
        var result = await consent.RecordAsync(person, form.ToAnswer(), JobSeekerAccess.UserId(User));
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return View("Index", await PageAsync(person, form));
        }
        TempData["Success"] = form.ToDecision() switch
        {
            ConsentDecision.Agreed => $"{person.DisplayName} agrees to share with employers",
            ConsentDecision.NotAgreed => $"{person.DisplayName} does not agree to share: employers will not see them",
            _ => $"{person.DisplayName} no longer shares anything with employers",
        };
        return Redirect(linkTo.JobSeeker(id, "consent"));
    }

    private async Task<ConsentForm> PageAsync(JobSeeker person, ConsentForm form)
    {
        ViewBag.Page = new ConsentPage(person, await HistoryAsync(db, person.Id));
        return form;
    }

    /// <summary>The person's answers about sharing, newest first, with who recorded each.</summary>
    public static async Task<IReadOnlyList<ConsentHistoryRow>> HistoryAsync(EmploymentDbContext db, Guid personId) =>
        await (from c in db.ConsentRecords.AsNoTracking()
               where c.JobSeekerId == personId
               join user in db.Users on c.RecordedById equals user.Id into users
               from user in users.DefaultIfEmpty()
               orderby c.RecordedAt descending, c.Id descending
               select new ConsentHistoryRow(c.Decision, c.DecidedOn, c.RecordedAt, user.DisplayName, c.ExplainedHow))
            .ToListAsync();
}
