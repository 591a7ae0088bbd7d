using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>Finds a coach's own unfinished profile; <see cref="CareersProfileService"/> starts and saves drafts.</summary>
public sealed class ProfileDrafts(EmploymentDbContext db)
{
    public Task<ProfileDraft?> FindAsync(Guid coachId, Guid draftId) =>
        db.ProfileDrafts.FirstOrDefaultAsync(d => d.Id == draftId && d.CoachId == coachId);
}
