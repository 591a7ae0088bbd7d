using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Admin.People;

/// <summary>
/// Administrators find anyone (imported people have no name and no coach) and put them on a coach's caseload. The list
/// shows name or council system id, council, coach and status: never support needs or anything else in the record.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class PeopleController(EmploymentDbContext db, JobSeekerAccess access, CoachAssignmentService assignments, ReferenceLists lists, SiteLinks linkTo) : Controller
{
    public const int PageSize = 50;

    [HttpGet("/admin/people")]
    public async Task<IActionResult> Index(PeopleSearchForm search, [FromServices] IValidator<PeopleSearchForm> validator, int page = 1)
    {
        ModelState.Clear();
        var valid = await validator.ValidateIntoAsync(search, ModelState, nameof(PeoplePage.Search), HttpContext.RequestAborted);
        return View(await PageAsync(search, valid, new AssignSelectedForm(), page));
    }

    [HttpPost("/admin/people/assign")]
    public async Task<IActionResult> AssignSelected(PeopleSearchForm search, AssignSelectedForm assign, [FromServices] IValidator<PeopleSearchForm> searchValidator, [FromServices] IValidator<AssignSelectedForm> validator, int page = 1)
    {
        var ct = HttpContext.RequestAborted;
        var searchValid = await searchValidator.ValidateIntoAsync(search, ModelState, nameof(PeoplePage.Search), ct);
        if (!await validator.ValidateIntoAsync(assign, ModelState, nameof(PeoplePage.Assign), ct))
        {
            return View(nameof(Index), await PageAsync(search, searchValid, assign, page));
        }
        var result = await assignments.AssignAsync(assign.People.ToList(), Guid.Parse(assign.CoachId!), JobSeekerAccess.UserId(User), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems, nameof(PeoplePage.Assign));
            return View(nameof(Index), await PageAsync(search, searchValid, assign, page));
        }
        TempData["Success"] = Assigned(result.Value!);
        return Redirect(searchValid ? Link(search, page) : linkTo.People());
    }

    [HttpGet("/admin/people/{id:guid}/assign")]
    public async Task<IActionResult> AssignOne(Guid id) =>
        await OnePageAsync(id, new AssignOneForm()) is { } model ? View(model) : NotFound();

    [HttpPost("/admin/people/{id:guid}/assign")]
    public async Task<IActionResult> AssignOne(Guid id, AssignOneForm form, [FromServices] IValidator<AssignOneForm> validator)
    {
        var model = await OnePageAsync(id, form);
        if (model is null)
        {
            return NotFound();
        }
        var ct = HttpContext.RequestAborted;
        if (!await validator.ValidateIntoAsync(form, ModelState, nameof(AssignOnePage.Form), ct))
        {
            return View(model);
        }
        var result = await assignments.AssignAsync([id], Guid.Parse(form.CoachId!), JobSeekerAccess.UserId(User), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems.Where(p => p.Field == nameof(AssignOneForm.CoachId)), nameof(AssignOnePage.Form));
            ModelState.AddErrors(result.Problems.Where(p => p.Field != nameof(AssignOneForm.CoachId)).Select(p => Core.Problem.ForPage(p.Message)));
            return View(model);
        }
        TempData["Success"] = $"{result.Value!.CoachName} is now {model.Name}'s job coach";
        return Redirect(linkTo.People());
    }

    [HttpGet("/admin/people/assign-all")]
    public async Task<IActionResult> AssignAll(PeopleSearchForm search, [FromServices] IValidator<PeopleSearchForm> validator)
    {
        ModelState.Clear();
        if (!await validator.ValidateIntoAsync(search, ModelState, nameof(AssignAllPage.Search), HttpContext.RequestAborted))
        {
            return Redirect(linkTo.People());
        }
        return View(await AllPageAsync(search, new AssignAllForm()));
    }

    [HttpPost("/admin/people/assign-all")]
    public async Task<IActionResult> AssignAll(PeopleSearchForm search, AssignAllForm assign, [FromServices] IValidator<PeopleSearchForm> searchValidator, [FromServices] IValidator<AssignAllForm> validator)
    {
        var ct = HttpContext.RequestAborted;
        if (!await searchValidator.ValidateIntoAsync(search, ModelState, nameof(AssignAllPage.Search), ct))
        {
            // A search that cannot be run (a hostile or out-of-date council or coach) has nothing to confirm.
            return View(await AllPageAsync(new PeopleSearchForm(), assign));
        }
        if (!await validator.ValidateIntoAsync(assign, ModelState, nameof(AssignAllPage.Assign), ct))
        {
            return View(await AllPageAsync(search, assign));
        }
        var result = await assignments.AssignAllAsync(search.ToSearch(), int.Parse(assign.ExpectedCount!, System.Globalization.CultureInfo.InvariantCulture), Guid.Parse(assign.CoachId!), JobSeekerAccess.UserId(User), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems.Where(p => p.Field.Length > 0), nameof(AssignAllPage.Assign));
            ModelState.AddErrors(result.Problems.Where(p => p.Field.Length == 0));
            return View(await AllPageAsync(search, new AssignAllForm { CoachId = assign.CoachId }));
        }
        TempData["Success"] = Assigned(result.Value!);
        return Redirect(Link(search, 1));
    }

    private async Task<PeoplePage> PageAsync(PeopleSearchForm search, bool valid, AssignSelectedForm assign, int page)
    {
        var people = valid ? search.ToSearch().Apply(access.Visible(User).AsNoTracking()) : access.Visible(User).Where(_ => false);
        var rows = people
            .OrderBy(j => j.FirstName == "" && j.LastName == "").ThenBy(j => j.FirstName).ThenBy(j => j.LastName).ThenBy(j => j.SourceId).ThenBy(j => j.Id)
            .Select(j => new PersonRow(
                j.Id, j.FirstName, j.LastName, j.SourceId, j.LocalAuthority!.Name, j.Coach!.DisplayName,
                j.PausedOn != null,
                j.Placements.Any(p => p.Stage == Core.Placements.PlacementEventType.Started && SeekerStatuses.PaidKinds.Contains(p.Opportunity!.Kind)),
                j.Placements.Any(p => SeekerStatuses.Underway.Contains(p.Stage) || (p.Stage == Core.Placements.PlacementEventType.Started && !SeekerStatuses.PaidKinds.Contains(p.Opportunity!.Kind)))));
        return new PeoplePage(search, valid ? await rows.ToPageAsync(page, PageSize) : new Paged<PersonRow>([], 1, PageSize, 0), assign,
            await CouncilOptionsAsync(), await CoachFilterOptionsAsync(), await ActiveCoachOptionsAsync());
    }

    private async Task<AssignOnePage?> OnePageAsync(Guid id, AssignOneForm form)
    {
        var person = await access.Visible(User).AsNoTracking()
            .Where(j => j.Id == id && j.ErasedAt == null)
            .Select(j => new { j.Id, j.FirstName, j.LastName, j.SourceId, Council = j.LocalAuthority!.Name, Coach = j.Coach!.DisplayName })
            .FirstOrDefaultAsync();
        return person is null ? null : new AssignOnePage(person.Id, JobSeeker.NameFor(person.FirstName, person.LastName, person.SourceId, person.Id), person.SourceId, person.Council, person.Coach, form, await ActiveCoachOptionsAsync());
    }

    private async Task<AssignAllPage> AllPageAsync(PeopleSearchForm search, AssignAllForm assign)
    {
        var matching = await search.ToSearch().Apply(access.Visible(User)).CountAsync();
        assign.ExpectedCount = matching.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var councils = await CouncilOptionsAsync();
        var coaches = await CoachFilterOptionsAsync();
        var described = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(search.Name)) described.Add(("Name contains", search.Name.Trim()));
        if (!string.IsNullOrWhiteSpace(search.SourceId)) described.Add(("Council system id contains", search.SourceId.Trim()));
        if (!string.IsNullOrEmpty(search.Council)) described.Add(("Council", councils.FirstOrDefault(c => c.Value == search.Council)?.Text ?? ""));
        if (!string.IsNullOrEmpty(search.Coach)) described.Add(("Job coach", coaches.FirstOrDefault(c => c.Value == search.Coach)?.Text ?? ""));
        return new AssignAllPage(search, assign, matching, described, await ActiveCoachOptionsAsync(), Link(search, 1));
    }

    private string Link(PeopleSearchForm search, int page) => linkTo.People(search.Name, search.SourceId, search.Council, search.Coach, page);

    private static string Assigned(CoachAssignment done) =>
        $"{done.People:N0} {(done.People == 1 ? "person is" : "people are")} now on {done.CoachName}'s caseload";

    private async Task<IReadOnlyList<SelectListItem>> CouncilOptionsAsync() =>
        (await lists.LocalAuthoritiesAsync()).Select(c => new SelectListItem(c.Label, c.Value)).Prepend(new SelectListItem("Any council", "")).ToList();

    private async Task<IReadOnlyList<SelectListItem>> CoachFilterOptionsAsync() =>
        (await (from user in db.Users
                join link in db.UserRoles on user.Id equals link.UserId
                join role in db.Roles on link.RoleId equals role.Id
                where role.Name == Roles.Coach
                orderby user.DisplayName
                select new { user.Id, user.DisplayName, user.Email }).ToListAsync())
        .Select(c => new SelectListItem($"{c.DisplayName} ({c.Email})", c.Id.ToString()))
        .Prepend(new SelectListItem("No coach", PeopleSearchForm.NoCoach))
        .Prepend(new SelectListItem("Any coach or none", ""))
        .ToList();

    private async Task<IReadOnlyList<SelectListItem>> ActiveCoachOptionsAsync() =>
        (await assignments.ActiveCoaches().AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync())
        .Select(c => new SelectListItem($"{c.DisplayName} ({c.Email})", c.Id.ToString()))
        .Prepend(new SelectListItem("Select a job coach", ""))
        .ToList();
}

public sealed record PersonRow(Guid Id, string FirstName, string LastName, string? SourceId, string Council, string? Coach, bool Paused, bool InPaidWork, bool InOtherPlacement)
{
    public string Name => JobSeeker.NameFor(FirstName, LastName, SourceId, Id);
    public SeekerStatus Status => SeekerStatuses.Of(Paused, InPaidWork, InOtherPlacement);
}

public sealed record PeoplePage(PeopleSearchForm Search, Paged<PersonRow> People, AssignSelectedForm Assign,
    IReadOnlyList<SelectListItem> Councils, IReadOnlyList<SelectListItem> CoachFilter, IReadOnlyList<SelectListItem> Coaches);

public sealed record AssignOnePage(Guid Id, string Name, string? SourceId, string Council, string? Coach, AssignOneForm Form, IReadOnlyList<SelectListItem> Coaches);

public sealed record AssignAllPage(PeopleSearchForm Search, AssignAllForm Assign, int Matching, IReadOnlyList<(string Label, string Value)> Described,
    IReadOnlyList<SelectListItem> Coaches, string BackLink);
