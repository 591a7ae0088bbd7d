using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Matching;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Employer.SuggestedPeople;

/// <summary>
/// People who may fit an employer's own opportunity, found and ranked as the coach's "People for" page does but
/// from everyone who consented to share, not one caseload. The page carries only what docs/domain.md lets an employer
/// see; the council's team makes any contact.
/// </summary>
[Authorize(Roles = Roles.Employer)]
public sealed class SuggestedPeopleController(EmploymentDbContext db, ActingEmployers employers, MatchingService matching, ReferenceLists lists, AuditLog audit) : Controller
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
        var (isOpen, ranked) = await matching.ForOpportunityAsync(opportunity, db.JobSeekers.Where(j => j.ConsentToShare), HttpContext.RequestAborted);
        // Each person shown is a view of their record by someone outside the council: who looked, when, and at what.
        await audit.RecordViewsAsync(ranked.Suggestions.Select(s => s.Person.Id), JobSeekerAccess.UserId(User), $"Suggested to {acting.Employer.Name} for {opportunity.Title}", HttpContext.RequestAborted);
        var occupations = await lists.OccupationsAsync();
        var skills = await lists.SkillsAsync();
        var adjustments = await lists.AdjustmentsAsync();
        var shown = ranked.Suggestions.Select(s => new SuggestedPerson(
            string.IsNullOrWhiteSpace(s.Person.FirstName) ? "Someone" : s.Person.FirstName,
            s.Person.Interests.Select(c => ReferenceLists.LabelOf(occupations, c)).ToList(),
            s.Person.Skills.Select(c => ReferenceLists.LabelOf(skills, c)).ToList(),
            s.Person.SupportNeeds.Select(c => ReferenceLists.LabelOf(adjustments, c)).ToList())).ToList();
        return View("/Features/Employer/SuggestedPeople/Index.cshtml", new SuggestedPeoplePage(opportunity.Id, opportunity.Title, acting.Employer.Name, isOpen, shown));
    }
}
