using System.Text.Json;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>Keeps a coach's unfinished profile in the database between pages, so nothing typed is lost.</summary>
public sealed class ProfileDrafts(EmploymentDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ProfileDraft> StartAsync(Guid coachId, JobSeeker? existing)
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
            Answers = JsonSerializer.Serialize(existing is null ? new ProfileAnswers() : ProfileAnswers.From(existing), Json),
            UpdatedAt = clock.GetUtcNow(),
        };
        db.ProfileDrafts.Add(draft);
        await db.SaveChangesAsync();
        return draft;
    }

    public Task<ProfileDraft?> FindAsync(Guid coachId, Guid draftId) =>
        db.ProfileDrafts.FirstOrDefaultAsync(d => d.Id == draftId && d.CoachId == coachId);

    public static ProfileAnswers Read(ProfileDraft draft) => JsonSerializer.Deserialize<ProfileAnswers>(draft.Answers, Json) ?? new ProfileAnswers();

    public async Task SaveAsync(ProfileDraft draft, ProfileAnswers answers)
    {
        draft.Answers = JsonSerializer.Serialize(answers, Json);
        draft.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
    }
}
