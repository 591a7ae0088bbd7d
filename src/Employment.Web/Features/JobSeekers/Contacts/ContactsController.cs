using Employment.Core.Accounts;
using Employment.Core.Contacts;
using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.GovUk;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.JobSeekers.Contacts;

/// <summary>
/// Adding to a person's contact log: a case note, or a contact of any kind, at any time. Only the person's own job
/// coach adds to it; the log is shown on the record.
/// </summary>
[Authorize(Roles = Roles.Coach)]
public sealed class ContactsController(JobSeekerAccess access, ContactLogService contacts, SiteLinks linkTo) : Controller
{
    [HttpGet("/job-seekers/{id:guid}/contacts/new")]
    public async Task<IActionResult> New(Guid id, Guid? followUpId)
    {
        if (await PersonAsync(id) is not { } person)
        {
            return NotFound();
        }
        var choices = await contacts.ChoicesForAsync(person);
        var answering = choices.OpenFollowUps.FirstOrDefault(f => f.Id == followUpId);
        var form = new ContactForm
        {
            OccurredOn = DateParts.From(contacts.Today),
            FollowUpId = answering?.Id.ToString(),
            Outcome = answering is null ? null : nameof(ContactOutcome.Reached),
        };
        return NewView(choices, form);
    }

    [HttpPost("/job-seekers/{id:guid}/contacts/new")]
    public async Task<IActionResult> Add(Guid id, ContactForm form, [FromServices] IValidator<ContactForm> validator)
    {
        if (await PersonAsync(id) is not { } person)
        {
            return NotFound();
        }
        var choices = await contacts.ChoicesForAsync(person);
        if (await validator.ValidateIntoAsync(form, choices, ModelState, ct: HttpContext.RequestAborted))
        {
            var result = await contacts.AddAsync(choices, form.ToNote(contacts.Today), JobSeekerAccess.UserId(User)!.Value);
            ModelState.AddErrors(result.Problems);
        }
        if (!ModelState.IsValid)
        {
            return NewView(await contacts.ChoicesForAsync(person), form);
        }
        TempData["Success"] = $"Added to {person.DisplayName}'s contact log";
        return Redirect(linkTo.JobSeeker(id, "contact-log"));
    }

    private Task<JobSeeker?> PersonAsync(Guid id) => access.Visible(User).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.ErasedAt == null);

    private ViewResult NewView(ContactChoices choices, ContactForm form)
    {
        ViewBag.Choices = choices;
        return View("New", form);
    }
}
