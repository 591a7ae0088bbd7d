using Employment.Core.Accounts;
using Employment.Core.Casework;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Coach.Home;

[Authorize(Roles = Roles.Coach)]
public sealed class CoachHomeController(EmploymentDbContext db, UserManager<AppUser> users, NeedsAttention attention, EmployerActivity employerActivity, TimeProvider clock) : Controller
{
    /// <summary>A long list would hide the ones that matter; the count above it still says how many there are.</summary>
    private const int MostListed = 100;

    /// <summary>Employers' answers and requests stay on the home page this long; the digest has each one once.</summary>
    public const int EmployerSaidDays = 14;

    [HttpGet("/coach")]
    public async Task<IActionResult> Index()
    {
        var coachId = Guid.Parse(users.GetUserId(User)!);
        var today = attention.Today();
        var caseload = attention.CaseloadOf(coachId);
        var followUps = db.FollowUps.AsNoTracking().ForCoach(coachId).OverdueOrDueSoon(today);
        var model = new CoachHomeModel(
            DisplayName: (await users.GetUserAsync(User))?.DisplayName ?? "",
            CaseloadCount: await caseload.CountAsync(),
            InWorkCount: await caseload.CountAsync(SeekerStatuses.InPaidWork),
            Attention: await attention.TotalsAsync(caseload, today),
            NoContactWeeks: attention.NoContactWeeks,
            FollowUpsDue: await followUps.CountAsync(),
            EmployersWaiting: await db.Employers.CountAsync(e => e.Approval == ApprovalStatus.Pending),
            Today: today,
            Due: (await followUps
                .OrderBy(f => f.DueOn).ThenBy(f => f.Placement!.JobSeeker!.LastName)
                .Select(f => new { FollowUp = f, f.Placement!.JobSeekerId,
                    Name = JobSeeker.NameFor(f.Placement.JobSeeker!.FirstName, f.Placement.JobSeeker.LastName, f.Placement.JobSeeker.SourceId, f.Placement.JobSeekerId) })
                .Take(MostListed)
                .ToListAsync())
                .Select(d => new DueFollowUp(d.FollowUp.Id, d.FollowUp.PlacementId, d.JobSeekerId, d.Name, d.FollowUp.Kind, d.FollowUp.DueOn, d.FollowUp.IsOverdueOn(today)))
                .ToList(),
            Risks: await RisksAsync(caseload),
            Drafts: await DraftsAsync(coachId),
            EmployerSaid: [.. (await employerActivity.ForCoachAsync(coachId, clock.GetUtcNow().AddDays(-EmployerSaidDays), clock.GetUtcNow())).OrderByDescending(a => a.At).Take(MostListed)]);

        return View(model);
    }

    private async Task<IReadOnlyList<RiskToJob>> RisksAsync(IQueryable<JobSeeker> caseload)
    {
        var risks = await db.Placements.Where(p => caseload.Any(j => j.Id == p.JobSeekerId)).AtRisk().ToListAsync();
        var ids = risks.Select(r => r.JobSeekerId).ToList();
        var names = await db.JobSeekers.Where(j => ids.Contains(j.Id)).ToDictionaryAsync(j => j.Id, j => j.DisplayName);
        return risks.OrderByDescending(r => r.RecordedOn).Select(r => new RiskToJob(r.PlacementId, r.JobSeekerId, names[r.JobSeekerId], r.RecordedOn, r.Details)).ToList();
    }

    /// <summary>"Add a person" journeys the coach started and has not finished, newest first.</summary>
    private async Task<IReadOnlyList<UnfinishedDraft>> DraftsAsync(Guid coachId) =>
        (await db.ProfileDrafts.AsNoTracking()
            .Where(d => d.CoachId == coachId && d.JobSeekerId == null)
            .OrderByDescending(d => d.UpdatedAt)
            .Take(MostListed)
            .ToListAsync())
            .Select(UnfinishedDraft.From)
            .ToList();
}

/// <summary>A follow-up overdue or due soon, as the coach's home page lists it.</summary>
public sealed record DueFollowUp(Guid Id, Guid PlacementId, Guid PersonId, string PersonName, FollowUpKind Kind, DateOnly DueOn, bool Overdue);

public sealed record RiskToJob(Guid PlacementId, Guid PersonId, string PersonName, DateOnly RecordedOn, string? Details);

/// <summary>A person being added, with where to carry on: the first page not yet answered, or the check page.</summary>
public sealed record UnfinishedDraft(Guid Id, string Name, DateTimeOffset UpdatedAt, string? NextStep)
{
    public static UnfinishedDraft From(ProfileDraft draft)
    {
        var answers = ProfileAnswers.Read(draft);
        var name = $"{answers.FirstName} {answers.LastName}".Trim();
        return new UnfinishedDraft(draft.Id, name.Length == 0 ? "A person with no name yet" : name, draft.UpdatedAt,
            ProfileSteps.All.FirstOrDefault(s => !answers.Answered.Contains(s.Slug))?.Slug);
    }
}

public sealed record CoachHomeModel(
    string DisplayName, int CaseloadCount, int InWorkCount, AttentionTotals Attention, int NoContactWeeks, int FollowUpsDue, int EmployersWaiting,
    DateOnly Today, IReadOnlyList<DueFollowUp> Due, IReadOnlyList<RiskToJob> Risks, IReadOnlyList<UnfinishedDraft> Drafts, IReadOnlyList<EmployerAction> EmployerSaid);
