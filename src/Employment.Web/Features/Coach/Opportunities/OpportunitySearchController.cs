using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Opportunities.Search;
using Employment.Core.Placements;
using Employment.Web.Features.Email;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Coach.Opportunities;

/// <summary>
/// A coach searches open opportunities across every employer, for one of their people or for a postcode, proposes a
/// person from the results and keeps the search for that person so its new matches reach the daily digest.
/// </summary>
[Authorize(Roles = Roles.Coach)]
public sealed class OpportunitySearchController(
    EmploymentDbContext db, JobSeekerAccess access, OpportunitySearch search, IValidator<SearchForm> validator, TimeProvider clock, SiteLinks linkTo) : Controller
{
    public const int PageSize = 20;

    [HttpGet("/coach/opportunities")]
    public async Task<IActionResult> Index([FromQuery] SearchForm form)
    {
        var people = await CaseloadAsync();
        ModelState.Clear();
        SavedSearch? saved = null;
        if (form.PersonId is { } chosen && people.Any(p => p.Id == chosen))
        {
            saved = await db.SavedSearches.AsNoTracking().FirstOrDefaultAsync(s => s.JobSeekerId == chosen);
            if (saved is not null && form.OnlyPerson)
            {
                form = SearchForm.From(saved);
            }
        }
        if (!await validator.ValidateIntoAsync(form, new SearchContext(people.Select(p => p.Id).ToHashSet()), ModelState, HttpContext.RequestAborted))
        {
            return View(Page(form, people, saved, null, null));
        }
        var person = form.PersonId is { } id ? await access.Visible(User).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id) : null;
        var criteria = await search.CriteriaOfAsync(form.ToSearch(), person, HttpContext.RequestAborted);
        var results = await search.Find(criteria!, clock.Today()).ToPageAsync(form.Page, PageSize);
        return View(Page(form, people, saved, results, criteria!.From?.Describes));
    }

    [HttpPost("/coach/opportunities/{opportunityId:guid}/propose")]
    public async Task<IActionResult> Propose(Guid opportunityId, SearchForm form, [FromServices] PlacementRecorder placements)
    {
        var person = form.PersonId is { } id ? await access.Visible(User).FirstOrDefaultAsync(j => j.Id == id) : null;
        var today = clock.Today();
        var opportunity = await db.Opportunities.AsNoTracking().OpenOn(today).FirstOrDefaultAsync(o => o.Id == opportunityId);
        if (person is null || opportunity is null)
        {
            return NotFound();
        }
        var refused = await placements.ProposeAsync(person, opportunity, JobSeekerAccess.UserId(User));
        if (refused is null)
        {
            TempData["Success"] = $"{person.FirstName} is proposed for {opportunity.Title}";
        }
        else
        {
            TempData["Error"] = refused.Message;
        }
        return Redirect(linkTo.OpportunitySearch(form, form.Page));
    }

    [HttpPost("/coach/opportunities/saved-search")]
    public async Task<IActionResult> Save(SearchForm form, [FromServices] SavedSearchService savedSearches)
    {
        var people = await CaseloadAsync();
        ModelState.Clear();
        if (!await validator.ValidateIntoAsync(form, new SearchContext(people.Select(p => p.Id).ToHashSet()), ModelState, HttpContext.RequestAborted))
        {
            return View(nameof(Index), Page(form, people, null, null, null));
        }
        if (form.PersonId is not { } personId)
        {
            ModelState.AddErrors([new Core.Problem(nameof(SearchForm.Person), "Choose the person to save this search for")]);
            return View(nameof(Index), Page(form, people, null, null, null));
        }
        var result = await savedSearches.SaveAsync(personId, form.ToSearch(), JobSeekerAccess.UserId(User), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return View(nameof(Index), Page(form, people, null, null, null));
        }
        var name = people.Single(p => p.Id == personId).FirstName;
        TempData["Success"] = $"Search saved for {name}. New matches will be in your daily email";
        return Redirect(linkTo.OpportunitySearch(form, 1));
    }

    [HttpPost("/coach/opportunities/saved-search/{personId:guid}/remove")]
    public async Task<IActionResult> Remove(Guid personId, [FromServices] SavedSearchService savedSearches)
    {
        var person = await access.Visible(User).AsNoTracking().FirstOrDefaultAsync(j => j.Id == personId);
        if (person is null)
        {
            return NotFound();
        }
        await savedSearches.RemoveAsync(personId, HttpContext.RequestAborted);
        TempData["Success"] = $"{person.FirstName}'s saved search is removed";
        return Redirect(linkTo.OpportunitySearchFor(personId));
    }

    private Task<List<PersonChoice>> CaseloadAsync() => access.Visible(User).AsNoTracking()
        .Where(j => j.ErasedAt == null)
        .OrderBy(j => j.FirstName).ThenBy(j => j.LastName)
        .Select(j => new PersonChoice(j.Id, j.FirstName, j.LastName, j.SourceId))
        .ToListAsync();

    private static SearchPage Page(SearchForm form, List<PersonChoice> people, SavedSearch? saved, Paged<OpportunityHit>? results, string? measuredFrom) =>
        new(form, people, saved, results, measuredFrom);
}

public sealed record PersonChoice(Guid Id, string FirstName, string LastName, string? SourceId)
{
    public string Name => JobSeeker.NameFor(FirstName, LastName, SourceId, Id);
}

public sealed record SearchPage(SearchForm Form, IReadOnlyList<PersonChoice> People, SavedSearch? Saved, Paged<OpportunityHit>? Results, string? MeasuredFrom)
{
    public PersonChoice? Person => Form.PersonId is { } id ? People.FirstOrDefault(p => p.Id == id) : null;

    public IEnumerable<SelectListItem> PersonItems =>
        People.Select(p => new SelectListItem(p.Name, p.Id.ToString())).Prepend(new SelectListItem("No one in particular", ""));

    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<OpportunityKind>().Select(k => new SelectListItem(k.Label(), k.ToString())).Prepend(new SelectListItem("Any kind", ""));

    public static IEnumerable<SelectListItem> MilesItems =>
        SearchForm.MilesChoices.Select(m => new SelectListItem(m == 1 ? "1 mile" : $"{m} miles", m.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Prepend(new SelectListItem("Any distance", ""));

    public static IEnumerable<SelectListItem> LevelItems =>
        Enum.GetValues<DisabilityConfidentLevel>().Where(l => l != DisabilityConfidentLevel.None)
            .Select(l => new SelectListItem($"{l.Label()} or higher", l.ToString())).Prepend(new SelectListItem("Any employer", ""));
}
