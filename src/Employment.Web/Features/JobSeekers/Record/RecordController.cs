using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Casework;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Web.Features.JobSeekers.Profile;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.JobSeekers.Record;

/// <summary>A person's record: their profile, consent and placements; administrators also see who has looked at it.</summary>
[Authorize(Roles = Roles.Coach + "," + Roles.Admin)]
public sealed class RecordController(EmploymentDbContext db, JobSeekerAccess access, JobSeekerRecordService records, AuditLog audit, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo, NeedsAttention attention, CoachAssignmentService assignments) : Controller
{
    [HttpGet("/job-seekers/{id:guid}")]
    public async Task<IActionResult> Show(Guid id)
    {
        var person = await access.Visible(User).AsNoTracking().Include(j => j.ConsentHistory).FirstOrDefaultAsync(j => j.Id == id);
        if (person is null)
        {
            return NotFound();
        }
        await audit.RecordAsync(person.Id, JobSeekerAccess.UserId(User), AuditLog.Viewed, "Record");
        var placements = await PlacementsAsync(id);
        var isAdmin = User.IsInRole(Roles.Admin);
        var draft = new ProfileDraft { CoachId = Guid.Empty, JobSeekerId = id, Answers = "" };
        var model = new RecordModel(
            person,
            await db.Users.Where(u => u.Id == person.CoachId).Select(u => u.DisplayName).FirstOrDefaultAsync(),
            await StatusAsync(id),
            await CheckAnswersModel.BuildAsync(draft, ProfileAnswers.From(person), lists),
            placements,
            person.ConsentHistory.OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id).ToList(),
            isAdmin ? await AuditAsync(id) : null,
            isAdmin ? await CoachesAsync() : null)
        {
            Attention = person.ErasedAt is null ? await attention.ForPersonAsync(id, attention.Today()) : null,
            NoContactWeeks = attention.NoContactWeeks,
            ContactLog = await ContactLogAsync(person),
        };
        return View(model);
    }

    [HttpGet("/job-seekers/{id:guid}/easy-read")]
    public async Task<IActionResult> EasyRead(Guid id)
    {
        var person = await access.Visible(User).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.ErasedAt == null);
        if (person is null)
        {
            return NotFound();
        }
        await audit.RecordAsync(person.Id, JobSeekerAccess.UserId(User), AuditLog.Viewed, "Easy read profile");
        var jobs = await lists.OccupationsAsync();
        var skills = await lists.SkillsAsync();
        var adjustments = await lists.AdjustmentsAsync();
        return View(new EasyReadProfile(
            person,
            person.Interests.Select(code => EasyReadProfile.PlainJobTitle(ReferenceLists.LabelOf(jobs, code))).ToList(),
            person.Skills.Select(tag => ReferenceLists.LabelOf(skills, tag)).ToList(),
            person.SupportNeeds.Select(tag => ReferenceLists.LabelOf(adjustments, tag)).ToList()));
    }

    [HttpPost("/job-seekers/{id:guid}/resume")]
    [Authorize(Roles = Roles.Coach)]
    public async Task<IActionResult> Resume(Guid id)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        await records.ResumeAsync(person, JobSeekerAccess.UserId(User));
        TempData["Success"] = $"{person.DisplayName} is looking for work again";
        return Redirect(linkTo.JobSeeker(id));
    }

    [HttpPost("/job-seekers/{id:guid}/coach")]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> AssignCoach(Guid id, Guid? coachId)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        if (coachId is not { } chosen)
        {
            TempData["Error"] = "Select a job coach";
            return Redirect(linkTo.JobSeeker(id, "coach"));
        }
        var assigned = await assignments.AssignAsync([person.Id], chosen, JobSeekerAccess.UserId(User), HttpContext.RequestAborted);
        if (!assigned.Succeeded)
        {
            TempData["Error"] = assigned.Problems[0].Message;
            return Redirect(linkTo.JobSeeker(id, "coach"));
        }
        var coach = new CoachOption(chosen, assigned.Value!.CoachName);
        TempData["Success"] = $"{coach.Name} is now {person.DisplayName}'s job coach";
        return Redirect(linkTo.JobSeeker(id));
    }

    private async Task<PlacementsSection> PlacementsAsync(Guid id)
    {
        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.JobSeekerId == id)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new PlacementSummary(p.Id, p.Opportunity!.Title, p.Opportunity.Employer!.Name, p.Opportunity.Kind, p.Stage,
                p.Events.Max(e => e.OccurredOn))
            {
                LastRecordedAt = p.Events.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id).Select(e => (DateTimeOffset?)e.RecordedAt).FirstOrDefault(),
                LastRecordedBy = p.Events.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id)
                    .Select(e => db.Users.Where(u => u.Id == e.RecordedById).Select(u => u.DisplayName).FirstOrDefault()).FirstOrDefault(),
            })
            .ToListAsync();
        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.Placement!.JobSeekerId == id)
            .OrderBy(f => f.DueOn).ThenBy(f => f.Kind)
            .ToListAsync();
        var risks = await db.Placements.Where(p => p.JobSeekerId == id).AtRisk().ToListAsync();
        return new PlacementsSection(id, placements, followUps, risks, DateOnly.FromDateTime(clock.GetLocalNow().Date), User.IsInRole(Roles.Coach));
    }

    /// <summary>The contact log, newest first; its notes are special category data, so showing them is audited.</summary>
    private async Task<ContactLogSection> ContactLogAsync(JobSeeker person)
    {
        var lines = await (from c in db.ContactEntries.AsNoTracking()
                           where c.JobSeekerId == person.Id
                           join user in db.Users on c.RecordedById equals user.Id into users
                           from user in users.DefaultIfEmpty()
                           orderby c.OccurredOn descending, c.RecordedAt descending
                           select new ContactLine(c.OccurredOn, c.Kind, c.Outcome, c.Text,
                               c.Placement == null ? null : c.Placement.Opportunity!.Title + " at " + c.Placement.Opportunity.Employer!.Name,
                               c.FollowUpId != null, c.RecordedAt, user.DisplayName ?? "The service"))
            .ToListAsync();
        if (lines.Count > 0)
        {
            await audit.RecordAsync(person.Id, JobSeekerAccess.UserId(User), AuditLog.Viewed, "Contact log");
        }
        return new ContactLogSection(person.Id, person.FirstName, lines, person.ErasedAt is null && User.IsInRole(Roles.Coach));
    }

    private async Task<SeekerStatus> StatusAsync(Guid id) => (await db.JobSeekers.Where(j => j.Id == id).StatusesAsync())[id];

    private async Task<IReadOnlyList<AuditRow>> AuditAsync(Guid id) =>
        await (from entry in db.AuditEntries.AsNoTracking()
               where entry.JobSeekerId == id
               join user in db.Users on entry.UserId equals user.Id into users
               from user in users.DefaultIfEmpty()
               orderby entry.At descending
               select new AuditRow(entry.At, user.DisplayName ?? "The service", AuditLog.Describe(entry.Action), entry.Detail))
            .Take(200)
            .ToListAsync();

    /// <summary>Only coaches who can sign in: the same list as the people search's (CoachAssignmentService).</summary>
    private async Task<IReadOnlyList<CoachOption>> CoachesAsync() =>
        await assignments.ActiveCoaches().AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new CoachOption(u.Id, u.DisplayName)).ToListAsync();
}
