using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Placements;
using Employment.Matching;
using Employment.Matching.Candidates;
using Employment.Matching.Ranking;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.GovUk;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Matching;

/// <summary>
/// Suggested matches for a coach, both ways. The ranker advises: a coach proposes or turns a suggestion down.
/// People come only through JobSeekerAccess, so anyone outside the coach's caseload is "not found".
/// </summary>
[Authorize(Roles = Roles.Coach + "," + Roles.Admin)]
public sealed class MatchesController(EmploymentDbContext db, JobSeekerAccess access, MatchingService matching, SiteLinks linkTo) : Controller
{

    [HttpGet("/job-seekers/{id:guid}/matches")]
    public async Task<IActionResult> Matches(Guid id, MatchFilters filters)
    {
        var person = await access.Visible(User).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.ErasedAt == null);
        if (person is null)
        {
            return NotFound();
        }
        return View(new MatchesPage(person, filters, await matching.ForPersonAsync(person, filters, HttpContext.RequestAborted)));
    }

    /// <summary>Proposing with the date it happened, for a coach catching up on what they did earlier.</summary>
    [HttpGet("/job-seekers/{id:guid}/matches/{opportunityId:guid}/propose")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> ProposeOn(Guid id, Guid opportunityId, string? from, [FromQuery] MatchFilters filters, [FromServices] PlacementRecorder placements)
    {
        var (person, opportunity) = await ProposalAsync(id, opportunityId);
        if (person is null || opportunity is null)
        {
            return NotFound();
        }
        return ProposeView(new ProposeForm { Dated = true, From = from, IntroducedOn = DateParts.From(placements.Today) }, person, opportunity, filters);
    }

    [HttpPost("/job-seekers/{id:guid}/matches/{opportunityId:guid}/propose")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Propose(Guid id, Guid opportunityId, ProposeForm form, [FromForm] MatchFilters filters, [FromServices] PlacementRecorder placements, [FromServices] IValidator<ProposeForm> validator)
    {
        var (person, opportunity) = await ProposalAsync(id, opportunityId);
        if (person is null || opportunity is null)
        {
            return NotFound();
        }
        if (form.Dated && !await validator.ValidateIntoAsync(form, person, ModelState, ct: HttpContext.RequestAborted))
        {
            return ProposeView(form, person, opportunity, filters);
        }
        var refused = await placements.ProposeAsync(person, opportunity, JobSeekerAccess.UserId(User), form.Date);
        if (refused is null)
        {
            TempData["Success"] = $"{person.FirstName} is proposed for {opportunity.Title}";
        }
        else if (form.Dated)
        {
            ModelState.AddErrors([refused]);
            return ProposeView(form, person, opportunity, filters);
        }
        else
        {
            TempData["Error"] = refused.Message;
        }
        return Redirect(form.From == "people" ? linkTo.OpportunityPeople(opportunity.EmployerId, opportunity.Id) : linkTo.MatchesFor(id, filters));
    }

    private async Task<(Core.JobSeekers.JobSeeker? Person, Core.Opportunities.Opportunity? Opportunity)> ProposalAsync(Guid id, Guid opportunityId) =>
        (await access.Visible(User).FirstOrDefaultAsync(j => j.Id == id && j.ErasedAt == null),
         await matching.OpenOpportunities().AsNoTracking().FirstOrDefaultAsync(o => o.Id == opportunityId));

    private ViewResult ProposeView(ProposeForm form, Core.JobSeekers.JobSeeker person, Core.Opportunities.Opportunity opportunity, MatchFilters filters)
    {
        ViewBag.Person = person;
        ViewBag.Opportunity = opportunity;
        ViewBag.Filters = filters;
        return View("Propose", form);
    }

    [HttpGet("/job-seekers/{id:guid}/matches/{opportunityId:guid}/not-suitable")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> NotSuitable(Guid id, Guid opportunityId) =>
        await PairAsync(id, opportunityId) is { } pair ? NotSuitableView(new NotSuitableForm(), pair) : NotFound();

    [HttpPost("/job-seekers/{id:guid}/matches/{opportunityId:guid}/not-suitable")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> NotSuitable(Guid id, Guid opportunityId, NotSuitableForm form, [FromServices] IValidator<NotSuitableForm> validator)
    {
        if (await PairAsync(id, opportunityId) is not { } pair)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return NotSuitableView(form, pair);
        }
        await matching.RecordNotSuitableAsync(pair.Person.Id, pair.Opportunity.Id, JobSeekerAccess.UserId(User), form.Words());
        TempData["Success"] = $"{pair.Opportunity.Title} will not be suggested for {pair.Person.FirstName} again";
        return Redirect(linkTo.MatchesFor(id));
    }

    [HttpGet("/coach/employers/{employerId:guid}/opportunities/{id:guid}/people")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> People(Guid employerId, Guid id)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.Employer)
            .FirstOrDefaultAsync(o => o.Id == id && o.EmployerId == employerId);
        if (opportunity is null)
        {
            return NotFound();
        }
        var (isOpen, matches) = await matching.ForOpportunityAsync(opportunity, access.Visible(User), HttpContext.RequestAborted);
        return View(new PeoplePage(opportunity, isOpen, matches));
    }

    private async Task<Suggestion?> PairAsync(Guid id, Guid opportunityId)
    {
        var person = await access.Visible(User).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.ErasedAt == null);
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.Employer).FirstOrDefaultAsync(o => o.Id == opportunityId);
        return person is null || opportunity is null ? null : new Suggestion(person, opportunity, 0, 0, Employment.Matching.Features.MatchExplanation.None);
    }

    private ViewResult NotSuitableView(NotSuitableForm form, Suggestion pair)
    {
        ViewBag.Pair = pair;
        return View("NotSuitable", form);
    }
}
