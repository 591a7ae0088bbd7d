using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Internships;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.GovUk;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Internships.Interns;

/// <summary>A programme's interns, managed by the programme's job coach: adding people from their caseload, rotations and notes.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class InternsController(EmploymentDbContext db, ProgrammeAccess access, InternshipProgrammeService programmes, ReferenceLists lists, AuditLog audit, SiteLinks linkTo) : Controller
{
    [HttpGet("/coach/programmes/{id:guid}/interns/new")]
    public async Task<IActionResult> Add(Guid id) =>
        await CandidatesAsync(id) is { } candidates ? AddView(candidates, new AddInternForm()) : NotFound();

    [HttpPost("/coach/programmes/{id:guid}/interns/new")]
    public async Task<IActionResult> Add(Guid id, AddInternForm form, [FromServices] IValidator<AddInternForm> validator)
    {
        if (await CandidatesAsync(id) is not { } candidates)
        {
            return NotFound();
        }
        if (await validator.ValidateIntoAsync(form, candidates, ModelState, ct: HttpContext.RequestAborted))
        {
            var result = await programmes.AddInternAsync(id, Guid.Parse(form.JobSeekerId!), ProgrammeAccess.UserId(User)!.Value);
            ModelState.AddErrors(result.Problems);
        }
        if (!ModelState.IsValid)
        {
            return AddView(await CandidatesAsync(id) ?? candidates, form);
        }
        TempData["Success"] = "The intern is added";
        return Redirect(linkTo.Programme(id));
    }

    [HttpGet("/coach/programmes/{id:guid}/interns/{internId:guid}")]
    public async Task<IActionResult> Show(Guid id, Guid internId)
    {
        var intern = await db.Interns.AsNoTracking()
            .Include(i => i.JobSeeker).Include(i => i.Programme!.HostEmployer).Include(i => i.Rotations).Include(i => i.Notes)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == internId && i.ProgrammeId == id && access.Coached(User).Any(p => p.Id == id));
        if (intern is null)
        {
            return NotFound();
        }
        // The notes may be special category data: showing them is recorded, as the contact log is.
        await audit.RecordAsync(intern.JobSeekerId, ProgrammeAccess.UserId(User), AuditLog.Viewed, "Internship rotations and notes");
        ViewBag.Skills = await lists.SkillsAsync();
        return View(intern);
    }

    [HttpGet("/coach/programmes/{id:guid}/interns/{internId:guid}/rotations/new")]
    public async Task<IActionResult> NewRotation(Guid id, Guid internId) =>
        await InternAsync(id, internId) is { } intern ? await RotationView(intern, new RotationForm()) : NotFound();

    [HttpPost("/coach/programmes/{id:guid}/interns/{internId:guid}/rotations/new")]
    public async Task<IActionResult> NewRotation(Guid id, Guid internId, RotationForm form, [FromServices] IValidator<RotationForm> validator)
    {
        if (await InternAsync(id, internId) is not { } intern)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, await ContextAsync(intern), ModelState, ct: HttpContext.RequestAborted))
        {
            return await RotationView(intern, form);
        }
        await programmes.AddRotationAsync(intern, form.ToDetails(), ProgrammeAccess.UserId(User)!.Value);
        TempData["Success"] = "The rotation is added";
        return Redirect(linkTo.Intern(id, internId));
    }

    [HttpGet("/coach/programmes/{id:guid}/interns/{internId:guid}/notes/new")]
    public async Task<IActionResult> NewNote(Guid id, Guid internId) =>
        await InternAsync(id, internId) is { } intern ? NoteView(intern, new NoteForm { OccurredOn = DateParts.From(programmes.Today) }) : NotFound();

    [HttpPost("/coach/programmes/{id:guid}/interns/{internId:guid}/notes/new")]
    public async Task<IActionResult> NewNote(Guid id, Guid internId, NoteForm form, [FromServices] IValidator<NoteForm> validator)
    {
        if (await InternAsync(id, internId) is not { } intern)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, await ContextAsync(intern), ModelState, ct: HttpContext.RequestAborted))
        {
            return NoteView(intern, form);
        }
        await programmes.AddNoteAsync(intern, form.ToDetails(), ProgrammeAccess.UserId(User)!.Value);
        TempData["Success"] = "The note is added";
        return Redirect(linkTo.Intern(id, internId));
    }

    private Task<Intern?> InternAsync(Guid id, Guid internId) =>
        db.Interns.AsNoTracking().Include(i => i.JobSeeker).Include(i => i.Programme!.HostEmployer)
            .FirstOrDefaultAsync(i => i.Id == internId && i.ProgrammeId == id && i.JobSeeker!.ErasedAt == null && access.Coached(User).Any(p => p.Id == id));

    private async Task<InternContext> ContextAsync(Intern intern) =>
        new(intern.Programme!, programmes.Today, (await lists.SkillsAsync()).Select(s => s.Value).ToHashSet());

    private async Task<InternCandidates?> CandidatesAsync(Guid id)
    {
        var programme = await access.Coached(User).AsNoTracking().Include(p => p.HostEmployer).FirstOrDefaultAsync(p => p.Id == id);
        if (programme is null)
        {
            return null;
        }
        var coachId = ProgrammeAccess.UserId(User);
        var people = await db.JobSeekers.AsNoTracking()
            .Where(j => j.CoachId == coachId && j.ErasedAt == null && !db.Interns.Any(i => i.ProgrammeId == id && i.JobSeekerId == j.Id))
            .OrderBy(j => j.FirstName).ThenBy(j => j.LastName)
            .Select(j => new { j.Id, j.FirstName, j.LastName })
            .ToListAsync();
        return new InternCandidates(programme, [new SelectListItem("Select a person", ""), .. people.Select(p => new SelectListItem($"{p.FirstName} {p.LastName}", p.Id.ToString()))]);
    }

    private ViewResult AddView(InternCandidates candidates, AddInternForm form)
    {
        ViewBag.Candidates = candidates;
        return View("Add", form);
    }

    private async Task<ViewResult> RotationView(Intern intern, RotationForm form)
    {
        ViewBag.Intern = intern;
        ViewBag.Skills = ReferenceLists.Options(await lists.SkillsAsync()).ToList();
        return View("NewRotation", form);
    }

    private ViewResult NoteView(Intern intern, NoteForm form)
    {
        ViewBag.Intern = intern;
        return View("NewNote", form);
    }
}
