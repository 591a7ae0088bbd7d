using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.JobSeekers.Consent;

/// <summary>Recording a person's agreement to share their first name, interests, skills and support needs with employers.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class ConsentController(EmploymentDbContext db, JobSeekerAccess access, AuditLog audit, TimeProvider clock, SiteLinks linkTo) : Controller
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
    public async Task<IActionResult> Give(Guid id, ConsentForm form)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        if (form.ExplainedHow is not null && ConsentForm.Ways.All(w => w.Value != form.ExplainedHow))
        {
            ModelState.AddModelError(nameof(form.ExplainedHow), "Select how sharing was explained to the person");
        }
        if (form.ExplainedHow == "other" && string.IsNullOrWhiteSpace(form.OtherWay))
        {
            ModelState.AddModelError(nameof(form.OtherWay), "Say how sharing was explained to the person");
        }
        if (!ModelState.IsValid)
        {
            ViewBag.Person = person;
            return View("Index", form);
        }
        Record(person, given: true, form.Describe());
        await db.SaveChangesAsync();
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
        Record(person, given: false, "Withdrawn");
        await db.SaveChangesAsync();
        TempData["Success"] = $"{person.DisplayName} no longer shares anything with employers";
        return Redirect(linkTo.JobSeeker(id, "consent"));
    }

    [HttpGet("/job-seekers/{id:guid}/consent/easy-read")]
    public async Task<IActionResult> EasyRead(Guid id)
    {
        var person = await access.FindAsync(User, id);
        return person is null ? NotFound() : View(person);
    }

    private void Record(JobSeeker person, bool given, string explainedHow)
    {
        var now = clock.GetUtcNow();
        var by = JobSeekerAccess.UserId(User);
        person.ConsentToShare = given;
        person.ConsentRecordedAt = now;
        person.ConsentRecordedById = by;
        person.ConsentExplainedHow = given ? explainedHow : null;
        person.UpdatedAt = now;
        db.ConsentRecords.Add(new ConsentRecord { JobSeekerId = person.Id, Given = given, RecordedAt = now, RecordedById = by, ExplainedHow = explainedHow });
        audit.Add(person.Id, by, given ? AuditLog.ConsentGiven : AuditLog.ConsentWithdrawn);
    }
}
