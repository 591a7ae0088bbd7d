using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Matching;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Employer.SuggestedPeople;

/// <summary>
/// People who may fit an employer's own opportunity, found and ranked as the coach's "People for" page does but
/// from everyone who consented to share, not one caseload. The page carries only what docs/domain.md lets an employer
/// see, each person by a short reference; "I'd like to meet" goes to the person's coach, who makes any contact.
/// </summary>
[Authorize(Roles = Roles.Employer)]
public sealed class SuggestedPeopleController(
    EmploymentDbContext db, ActingEmployers employers, MatchingService matching, ReferenceLists lists, AuditLog audit,
    PersonReferences references, TeamContacts contacts, SiteLinks linkTo) : Controller
{
    [HttpGet("/employer/opportunities/{id:guid}/suggested-people")]
    public async Task<IActionResult> Index(Guid id)
    {
        if (await employers.ForEmployerUserAsync(User) is not { } acting)
        {
            return NotFound();
        }
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.Employer)
            .FirstOrDefaultAsync(o => o.Id == id && o.EmployerId == acting.Employer.Id);
        if (opportunity is null)
        {
            return NotFound();
        }
        var ct = HttpContext.RequestAborted;
        var (isOpen, ranked) = await matching.ForOpportunityAsync(opportunity, db.JobSeekers.Where(j => j.ConsentToShare), ct);
        // Each person shown is a view of their record by someone outside the council: who looked, when, and at what.
        await audit.RecordViewsAsync(ranked.Suggestions.Select(s => s.Person.Id), JobSeekerAccess.UserId(User), $"Suggested to {acting.Employer.Name} for {opportunity.Title}", ct);
        var ids = ranked.Suggestions.Select(s => s.Person.Id).ToList();
        var refs = await references.ForAsync(ids, ct);
        var cards = await contacts.ForPeopleAsync(ids, ct);
        var asked = await db.Set<MeetRequest>().Where(r => r.OpportunityId == id && ids.Contains(r.JobSeekerId)).Select(r => r.JobSeekerId).ToListAsync(ct);
        var occupations = await lists.OccupationsAsync();
        var skills = await lists.SkillsAsync();
        var adjustments = await lists.AdjustmentsAsync();
        var shown = ranked.Suggestions.Select(s => new SuggestedPerson(
            string.IsNullOrWhiteSpace(s.Person.FirstName) ? "Someone" : s.Person.FirstName,
            refs[s.Person.Id],
            s.Person.Interests.Select(c => ReferenceLists.LabelOf(occupations, c)).ToList(),
            s.Person.Skills.Select(c => ReferenceLists.LabelOf(skills, c)).ToList(),
            s.Person.SupportNeeds.Select(c => ReferenceLists.LabelOf(adjustments, c)).ToList(),
            EmployerReasons.For(s.Explanation, opportunity.Kind),
            asked.Contains(s.Person.Id),
            cards.GetValueOrDefault(s.Person.Id))).ToList();
        var teams = shown.Select(p => p.Contact).OfType<ContactCard>().Select(c => c with { CoachName = null }).Distinct().ToList();
        if (teams.Count == 0)
        {
            teams = [.. (await db.Set<TeamContact>().AsNoTracking().OrderBy(t => t.Name).Take(3).ToListAsync(ct)).Select(t => new ContactCard(t.Name, t.Phone, t.Email, null))];
        }
        return View("/Features/Employer/SuggestedPeople/Index.cshtml", new SuggestedPeoplePage(opportunity.Id, opportunity.Title, acting.Employer.Name, isOpen, shown, teams));
    }

    /// <summary>"I'd like to meet": a request to the person's coach. Asking twice makes one request.</summary>
    [HttpPost("/employer/opportunities/{id:guid}/suggested-people/{reference}/meet")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AskToMeet(Guid id, string reference, [FromServices] MeetRequestService requests)
    {
        if (await employers.ForEmployerUserAsync(User) is not { } acting
            || !await db.Opportunities.AnyAsync(o => o.Id == id && o.EmployerId == acting.Employer.Id)
            || await references.FindAsync(reference, HttpContext.RequestAborted) is not { } personId)
        {
            return NotFound();
        }
        var result = await requests.RequestAsync(personId, id, acting.Employer.Id, JobSeekerAccess.UserId(User)!.Value, HttpContext.RequestAborted);
        TempData["Success"] = result.Succeeded
            ? $"We have told the job coach you would like to meet {PersonReferences.Normalise(reference)}. They will talk to the person and contact you."
            : null;
        if (!result.Succeeded)
        {
            TempData["Error"] = result.Problems[0].Message;
        }
        return Redirect(linkTo.SuggestedPeople(id));
    }
}
