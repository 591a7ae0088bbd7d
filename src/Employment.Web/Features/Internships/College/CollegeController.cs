using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Internships;
using Employment.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Internships.College;

/// <summary>
/// A college partner's view: its own college's programmes, and of their interns only first names, rotations and the job
/// coach's attendance and progress notes (decision 0074). Never a surname, date of birth, address, support needs or any
/// other part of a job seeker's record, and nothing of other colleges' programmes.
/// </summary>
[Authorize(Roles = Roles.College)]
public sealed class CollegeController(EmploymentDbContext db, ProgrammeAccess access, InternshipConversion conversion, InternshipProgrammeService programmes, ReferenceLists lists, AuditLog audit) : Controller
{
    [HttpGet("/college")]
    public async Task<IActionResult> Index()
    {
        var college = await db.Users.AsNoTracking().Where(u => u.Id == ProgrammeAccess.UserId(User)).Select(u => u.College!.Name).FirstOrDefaultAsync();
        var mine = await access.OfCollege(User).AsNoTracking()
            .OrderByDescending(p => p.AcademicYearStart).ThenBy(p => p.HostEmployer!.Name)
            .Select(p => new { p.Id, Host = p.HostEmployer!.Name, p.AcademicYearStart, p.IntakeStartsOn, p.EndsOn, Interns = p.Interns.Count })
            .ToListAsync();
        return View(new CollegeHome(college, mine.Select(p => new CollegeProgrammeRow(p.Id, p.Host, InternshipProgramme.AcademicYearLabel(p.AcademicYearStart), p.IntakeStartsOn, p.EndsOn, p.Interns)).ToList()));
    }

    [HttpGet("/college/programmes/{id:guid}")]
    public async Task<IActionResult> Programme(Guid id)
    {
        var programme = await access.OfCollege(User).AsNoTracking().Include(p => p.HostEmployer).Include(p => p.College).FirstOrDefaultAsync(p => p.Id == id);
        if (programme is null)
        {
            return NotFound();
        }
        // Only what the college needs is read from the person's record: the first name.
        var interns = await db.Interns.AsNoTracking().Where(i => i.ProgrammeId == id && i.JobSeeker!.ErasedAt == null)
            .OrderBy(i => i.JobSeeker!.FirstName)
            .Select(i => new CollegeIntern(i.Id, i.JobSeekerId, i.JobSeeker!.FirstName, i.Rotations.ToList(), i.Notes.ToList()))
            .ToListAsync();
        await audit.RecordViewsAsync(interns.Select(i => i.JobSeekerId), ProgrammeAccess.UserId(User), "Internship rotations and notes (college partner)", HttpContext.RequestAborted);
        var outcomes = await conversion.OutcomesAsync(db.Interns.Where(i => i.ProgrammeId == id), programmes.Today);
        return View(new CollegeProgramme(programme, ProgrammeConversion.Of(outcomes), interns, await lists.SkillsAsync()));
    }
}

public sealed record CollegeHome(string? College, IReadOnlyList<CollegeProgrammeRow> Programmes);

public sealed record CollegeProgrammeRow(Guid Id, string Host, string AcademicYear, DateOnly IntakeStartsOn, DateOnly EndsOn, int Interns);

public sealed record CollegeIntern(Guid Id, Guid JobSeekerId, string FirstName, List<InternRotation> Rotations, List<InternNote> Notes);

public sealed record CollegeProgramme(InternshipProgramme Programme, ProgrammeConversion Conversion, IReadOnlyList<CollegeIntern> Interns, IReadOnlyList<ReferenceLists.Term> Skills);
