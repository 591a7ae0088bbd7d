using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Internships;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Internships.Programmes;

/// <summary>Supported internship programmes, managed by their job coach: the programme, its interns and how many moved into paid work.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class ProgrammesController(EmploymentDbContext db, ProgrammeAccess access, InternshipConversion conversion, InternshipProgrammeService programmes, SiteLinks linkTo) : Controller
{
    [HttpGet("/coach/programmes")]
    public async Task<IActionResult> Index()
    {
        var mine = await access.Coached(User).AsNoTracking()
            .OrderByDescending(p => p.AcademicYearStart).ThenBy(p => p.HostEmployer!.Name)
            .Select(p => new { p.Id, Host = p.HostEmployer!.Name, College = p.College!.Name, p.AcademicYearStart, p.CohortSize })
            .ToListAsync();
        var outcomes = await conversion.OutcomesAsync(access.Coached(User).SelectMany(p => p.Interns), programmes.Today);
        return View(mine.Select(p => new ProgrammeRow(p.Id, p.Host, p.College, InternshipProgramme.AcademicYearLabel(p.AcademicYearStart), p.CohortSize,
            ProgrammeConversion.Of(outcomes.Where(o => o.ProgrammeId == p.Id)))).ToList());
    }

    [HttpGet("/coach/programmes/new")]
    public async Task<IActionResult> New() =>
        await FormView(new ProgrammeForm { CoachId = ProgrammeAccess.UserId(User).ToString(), AcademicYearStart = programmes.Today.AddMonths(-7).Year.ToString(System.Globalization.CultureInfo.InvariantCulture) }, null);

    [HttpPost("/coach/programmes/new")]
    public async Task<IActionResult> Create(ProgrammeForm form, [FromServices] IValidator<ProgrammeForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return await FormView(form, null);
        }
        var result = await programmes.CreateAsync(form.ToDetails(), ProgrammeAccess.UserId(User)!.Value);
        TempData["Success"] = "The programme is saved";
        return Redirect(result.Value!.CoachId == ProgrammeAccess.UserId(User) ? linkTo.Programme(result.Value.Id) : linkTo.Programmes());
    }

    [HttpGet("/coach/programmes/{id:guid}")]
    public async Task<IActionResult> Show(Guid id)
    {
        var programme = await access.Coached(User).AsNoTracking().Include(p => p.HostEmployer).Include(p => p.College).Include(p => p.Coach)
            .FirstOrDefaultAsync(p => p.Id == id);
        if (programme is null)
        {
            return NotFound();
        }
        var interns = await db.Interns.AsNoTracking().Where(i => i.ProgrammeId == id)
            .OrderBy(i => i.JobSeeker!.FirstName).ThenBy(i => i.JobSeeker!.LastName)
            .Select(i => new { i.Id, Name = i.JobSeeker!.FirstName + " " + i.JobSeeker.LastName, i.JobSeekerId, Rotations = i.Rotations.Count, Current = i.Rotations.OrderByDescending(r => r.StartsOn).Select(r => r.Department).FirstOrDefault() })
            .ToListAsync();
        var outcomes = (await conversion.OutcomesAsync(db.Interns.Where(i => i.ProgrammeId == id), programmes.Today)).ToDictionary(o => o.InternId);
        return View(new ProgrammePage(programme, ProgrammeConversion.Of(outcomes.Values),
            interns.Select(i => new InternRow(i.Id, i.JobSeekerId, i.Name, i.Rotations, i.Current, outcomes[i.Id])).ToList()));
    }

    [HttpGet("/coach/programmes/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id)
    {
        var programme = await access.Coached(User).AsNoTracking().Include(p => p.College).FirstOrDefaultAsync(p => p.Id == id);
        return programme is null ? NotFound() : await FormView(ProgrammeForm.From(programme), programme.Id);
    }

    [HttpPost("/coach/programmes/{id:guid}/edit")]
    public async Task<IActionResult> Update(Guid id, ProgrammeForm form, [FromServices] IValidator<ProgrammeForm> validator)
    {
        var programme = await access.Coached(User).FirstOrDefaultAsync(p => p.Id == id);
        if (programme is null)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return await FormView(form, id);
        }
        var result = await programmes.EditAsync(programme, form.Version ?? 0, form.ToDetails());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return await FormView(form, id);
        }
        TempData["Success"] = "The programme is saved";
        return Redirect(programme.CoachId == ProgrammeAccess.UserId(User) ? linkTo.Programme(id) : linkTo.Programmes());
    }

    private async Task<ViewResult> FormView(ProgrammeForm form, Guid? editing)
    {
        ViewBag.Editing = editing;
        ViewBag.Employers = (await db.Employers.AsNoTracking().Where(e => e.Approval == ApprovalStatus.Approved).OrderBy(e => e.Name)
                .Select(e => new { e.Id, e.Name }).ToListAsync())
            .Select(e => new SelectListItem(e.Name, e.Id.ToString())).Prepend(new SelectListItem("Select the host employer", "")).ToList();
        var coachRole = await db.Roles.Where(r => r.Name == Roles.Coach).Select(r => r.Id).SingleAsync();
        ViewBag.Coaches = (await db.Users.AsNoTracking()
                .Where(u => u.DisabledAt == null && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == coachRole))
                .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync())
            .Select(u => new SelectListItem(u.DisplayName, u.Id.ToString())).ToList();
        ViewBag.Colleges = await db.Colleges.AsNoTracking().OrderBy(c => c.Name).Select(c => c.Name).ToListAsync();
        return View("Form", form);
    }
}

public sealed record ProgrammeRow(Guid Id, string Host, string College, string AcademicYear, int CohortSize, ProgrammeConversion Conversion);

public sealed record InternRow(Guid Id, Guid JobSeekerId, string Name, int Rotations, string? CurrentDepartment, InternOutcome Outcome);

public sealed record ProgrammePage(InternshipProgramme Programme, ProgrammeConversion Conversion, IReadOnlyList<InternRow> Interns);
