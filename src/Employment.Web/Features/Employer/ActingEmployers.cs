using System.Security.Claims;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Employer;

/// <summary>Finds the organisation a page acts for, with its sites: the signed-in employer's own, or the one a job coach chose.</summary>
public sealed class ActingEmployers(EmploymentDbContext db)
{
    public async Task<ActingEmployer?> ForEmployerUserAsync(ClaimsPrincipal user)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!Guid.TryParse(userId, out var id))
        {
            return null;
        }
        var employer = await db.Employers
            .Include(e => e.Sites.OrderBy(s => s.Name))
            .Where(e => db.Users.Any(u => u.Id == id && u.EmployerId == e.Id))
            .SingleOrDefaultAsync();
        return employer is null ? null : new ActingEmployer(employer, ByCoach: false);
    }

    public async Task<ActingEmployer?> ForCoachAsync(object? employerId)
    {
        if (!Guid.TryParse(employerId?.ToString(), out var id))
        {
            return null;
        }
        var employer = await db.Employers
            .Include(e => e.Sites.OrderBy(s => s.Name))
            .SingleOrDefaultAsync(e => e.Id == id);
        return employer is null ? null : new ActingEmployer(employer, ByCoach: true);
    }
}
