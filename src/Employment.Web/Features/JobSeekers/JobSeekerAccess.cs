using System.Security.Claims;
using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.JobSeekers;

/// <summary>
/// Who may open a person's record: their own coach, or an administrator. Anyone else is told it does not
/// exist, so ids reveal nothing. Erased records are open to administrators only.
/// </summary>
public sealed class JobSeekerAccess(EmploymentDbContext db)
{
    public IQueryable<JobSeeker> Visible(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return db.JobSeekers;
        }
        if (user.IsInRole(Roles.Coach) && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var coachId))
        {
            return db.JobSeekers.Where(j => j.CoachId == coachId && j.ErasedAt == null);
        }
        return db.JobSeekers.Where(_ => false);
    }

    public Task<JobSeeker?> FindAsync(ClaimsPrincipal user, Guid id) => Visible(user).FirstOrDefaultAsync(j => j.Id == id);

    public static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
