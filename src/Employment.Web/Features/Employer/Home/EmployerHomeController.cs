using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Placements;
using Employment.Web.Features.Milestones;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Employer.Home;

/// <summary>
/// The employer's to-do list: introductions to answer, interviews to arrange, people starting, milestone questions
/// waiting and a Disability Confident renewal, each with where to do it; then where each open opportunity stands.
/// </summary>
[Authorize(Roles = Roles.Employer)]
public sealed class EmployerHomeController(EmploymentDbContext db, ActingEmployers employers, PersonReferences references, MilestoneLinks milestoneLinks,
    IOptions<EmailOptions> email, SiteLinks linkTo, TimeProvider clock) : Controller
{
    /// <summary>How long before a Disability Confident membership ends the home page asks for its renewal.</summary>
    public const int RenewalDays = 60;

    /// <summary>A start this recent is still news on the home page.</summary>
    public const int RecentStartDays = 14;

    [HttpGet("/employer")]
    public async Task<IActionResult> Index()
    {
        if (await employers.ForEmployerUserAsync(User) is not { } acting)
        {
            return Forbid();
        }
        var employer = acting.Employer;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.Opportunity!.EmployerId == employer.Id && p.JobSeeker!.ErasedAt == null)
            .Select(p => new IntroductionFacts(p.Id, p.OpportunityId, p.JobSeekerId, p.Stage, p.Opportunity!.Title, p.JobSeeker!.FirstName, p.JobSeeker.ConsentToShare,
                p.Events.Where(e => e.Type == PlacementEventType.Introduced).Select(e => (DateOnly?)e.OccurredOn).Min(),
                p.Events.Where(e => e.Type == PlacementEventType.EmployerWantsToMeet).OrderByDescending(e => e.Id).Select(e => e.MeetOn).FirstOrDefault(),
                p.Events.Where(e => e.Type == PlacementEventType.Offered).Select(e => (DateOnly?)e.OccurredOn).Max(),
                p.Events.Where(e => e.Type == PlacementEventType.Started).Select(e => (DateOnly?)e.OccurredOn).Max()))
            .ToListAsync();
        var checks = await db.EmploymentChecks.AsNoTracking()
            .Where(c => c.AnsweredAt == null && c.Placement!.Opportunity!.EmployerId == employer.Id && c.Placement.JobSeeker!.ErasedAt == null)
            .OrderBy(c => c.AskedOn)
            .Select(c => new { c.Id, c.AskedOn, c.Placement!.JobSeekerId, c.Placement.JobSeeker!.FirstName, c.Placement.JobSeeker.ConsentToShare, c.Placement.Opportunity!.Title })
            .ToListAsync();
        var people = placements.Select(p => p.JobSeekerId).Concat(checks.Select(c => c.JobSeekerId)).Distinct().ToList();
        var refs = await references.ForAsync(people, HttpContext.RequestAborted);
        string Name(Guid id, string first, bool shares) => shares && !string.IsNullOrWhiteSpace(first) ? $"{first} ({refs[id]})" : refs[id];

        ToDo Item(IntroductionFacts p, string detail) => new(Name(p.JobSeekerId, p.FirstName, p.Shares), p.Title, detail, linkTo.Introduction(p.Id));
        var toAnswer = placements.Where(p => p.Stage == PlacementEventType.Introduced && p.MeetOn is null).OrderBy(p => p.IntroducedOn)
            .Select(p => Item(p, $"Introduced on {Words.Day(p.IntroducedOn)}")).ToList();
        var toArrange = placements.Where(p => p.Stage == PlacementEventType.Introduced && p.MeetOn is not null).OrderBy(p => p.MeetOn)
            .Select(p => Item(p, $"You asked to meet on {Words.Day(p.MeetOn)}: the job coach will confirm. Tell us when you have interviewed them")).ToList();
        var starting = placements.Where(p => p.Stage == PlacementEventType.Offered || (p.Stage == PlacementEventType.Started && p.StartedOn >= today.AddDays(-RecentStartDays)))
            .OrderBy(p => p.StartedOn ?? p.OfferedOn)
            .Select(p => Item(p, p.Stage == PlacementEventType.Offered
                ? $"Offered the job on {Words.Day(p.OfferedOn)}: the job coach will agree the start day with you"
                : $"Started on {Words.Day(p.StartedOn)}")).ToList();
        var milestones = checks.Select(c => new ToDo(Name(c.JobSeekerId, c.FirstName, c.ConsentToShare), c.Title, $"Asked on {Words.Day(c.AskedOn)}",
            linkTo.EmploymentCheck(milestoneLinks.TokenFor(c.Id, clock.GetUtcNow().AddDays(email.Value.MilestoneLinkValidDays))))).ToList();
        var opportunities = await db.Opportunities.AsNoTracking().Where(o => o.EmployerId == employer.Id && o.ClosedOn == null).OrderBy(o => o.Title)
            .Select(o => new { o.Id, o.Title }).ToListAsync();
        var standing = opportunities.Select(o =>
        {
            var at = placements.Where(p => p.OpportunityId == o.Id).ToList();
            return new OpportunityStanding(o.Title, linkTo.EmployerOpportunity(o.Id), at.Count,
                at.Count(p => p.Stage == PlacementEventType.Introduced && p.MeetOn is null),
                at.Count(p => p.Stage == PlacementEventType.Introduced && p.MeetOn is not null),
                at.Count(p => p.StartedOn is not null));
        }).ToList();
        var renewal = employer.DcLevel != DisabilityConfidentLevel.None && employer.DcValidUntil is { } end && end <= today.AddDays(RenewalDays)
            ? new ToDo(employer.DcLevel.Label(), "", end < today ? $"Ended on {Words.Day(end)}: renew it and tell us the new end date" : $"Ends on {Words.Day(end)}: renew it and tell us the new end date", linkTo.EditOrganisation(acting))
            : null;
        return View(new EmployerHomeModel(employer.Name, employer.DcLevel, employer.DcValidUntil, employer.Approval, opportunities.Count, today,
            toAnswer, toArrange, starting, milestones, renewal, standing));
    }

    private sealed record IntroductionFacts(Guid Id, Guid OpportunityId, Guid JobSeekerId, PlacementEventType Stage, string Title, string FirstName, bool Shares,
        DateOnly? IntroducedOn, DateOnly? MeetOn, DateOnly? OfferedOn, DateOnly? StartedOn);
}

/// <summary>One thing for the employer to do: who, for which job, what and where to do it.</summary>
public sealed record ToDo(string Who, string Job, string Detail, string Link);

public sealed record OpportunityStanding(string Title, string Link, int Introduced, int ToAnswer, int InterviewsToArrange, int Starts);

public sealed record EmployerHomeModel(
    string Name, DisabilityConfidentLevel Level, DateOnly? ValidUntil, ApprovalStatus Approval, int OpenOpportunities, DateOnly Today,
    IReadOnlyList<ToDo> ToAnswer, IReadOnlyList<ToDo> ToArrange, IReadOnlyList<ToDo> Starting, IReadOnlyList<ToDo> Milestones, ToDo? Renewal,
    IReadOnlyList<OpportunityStanding> Opportunities)
{
    public bool MembershipEndsSoon => Renewal is not null;

    public int ThingsToDo => ToAnswer.Count + ToArrange.Count + Milestones.Count + (Renewal is null ? 0 : 1);
}

internal static class Words
{
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateOnly? day) => day?.ToString("d MMMM yyyy", English) ?? "an unknown day";
}
