using Employment.Core.Audit;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.JobSeekers;

/// <summary>
/// Adding or changing a careers profile: a coach's draft kept between pages, so nothing typed is lost, and the
/// person saved from it with an audit entry, the draft removed in the same save.
/// </summary>
public sealed class CareersProfileService(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>A draft for a new person, or for changing <paramref name="existing"/> (picking up that coach's open draft for them).</summary>
    public async Task<ProfileDraft> StartDraftAsync(Guid coachId, JobSeeker? existing)
    {
        if (existing is not null)
        {
            // One draft per person and coach: starting again picks up where they left off.
            var open = await db.ProfileDrafts.FirstOrDefaultAsync(d => d.CoachId == coachId && d.JobSeekerId == existing.Id);
            if (open is not null)
            {
                return open;
            }
        }
        var draft = new ProfileDraft
        {
            CoachId = coachId,
            JobSeekerId = existing?.Id,
            Answers = (existing is null ? await NewPersonAnswersAsync(coachId) : ProfileAnswers.From(existing)).ToJson(),
            UpdatedAt = clock.GetUtcNow(),
        };
        db.ProfileDrafts.Add(draft);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation() && existing is not null)
        {
            // The same coach started a draft for this person at the same moment: both pick up that one.
            db.ChangeTracker.Clear();
            return await db.ProfileDrafts.SingleAsync(d => d.CoachId == coachId && d.JobSeekerId == existing.Id);
        }
        return draft;
    }

    /// <summary>A coach works for one council: a new person starts in it, and the coach can change it.</summary>
    private async Task<ProfileAnswers> NewPersonAnswersAsync(Guid coachId) => new()
    {
        LocalAuthorityId = await db.Users.Where(u => u.Id == coachId).Select(u => u.LocalAuthorityId).FirstOrDefaultAsync(),
    };

    public async Task<WriteResult<ProfileDraft>> SaveDraftAsync(ProfileDraft draft, ProfileAnswers answers)
    {
        draft.Answers = answers.ToJson();
        draft.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        return WriteResult.Saved(draft);
    }

    /// <summary>Saves the draft's complete answers to <paramref name="existing"/>, or to a new person on the coach's caseload.</summary>
    /// <param name="existing">The person the draft changes, found by the caller through their access; null for a new person.</param>
    public async Task<WriteResult<JobSeeker>> SaveProfileAsync(ProfileDraft draft, ProfileAnswers answers, JobSeeker? existing, Guid coachId)
    {
        var now = clock.GetUtcNow();
        JobSeeker person;
        if (existing is not null)
        {
            person = existing;
            var changed = ProfileSteps.Changed(ProfileAnswers.From(person), answers);
            answers.ApplyTo(person);
            person.UpdatedAt = now;
            audit.Add(person.Id, coachId, AuditLog.Changed, changed.Count == 0 ? "Nothing changed" : string.Join(", ", changed));
        }
        else
        {
            person = AddNewPerson(answers, coachId, "Careers profile");
            if (answers.Plan is { } plan)
            {
                audit.Add(person.Id, coachId, EhcPlans.Review.PlanReviewService.PlanRead, EhcPlans.Review.PlanReviewService.Describe(plan));
            }
        }
        db.ProfileDrafts.Remove(draft);
        await db.SaveChangesAsync();
        return WriteResult.Saved(person);
    }

    /// <summary>A new person on the coach's caseload with its "added" audit entry, saved by the caller's save (a referral accepted saves them with its decision).</summary>
    public JobSeeker AddNewPerson(ProfileAnswers answers, Guid coachId, string addedFrom)
    {
        var now = clock.GetUtcNow();
        var person = new JobSeeker { Id = Guid.NewGuid(), FirstName = "", LastName = "", CoachId = coachId, CreatedAt = now, UpdatedAt = now };
        answers.ApplyTo(person);
        db.JobSeekers.Add(person);
        audit.Add(person.Id, coachId, AuditLog.Created, addedFrom);
        return person;
    }
}
