using System.Security.Claims;
using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Referrals;
using Employment.Web.Features.JobSeekers;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Referrals;

/// <summary>
/// Who sees a referral: the account that made or recorded it (its status and questions, never the person's record), and
/// the job coaches of the council it was sent to. Anyone else is told it does not exist.
/// </summary>
public sealed class ReferralAccess(EmploymentDbContext db)
{
    public IQueryable<Referral> MadeBy(ClaimsPrincipal user) =>
        JobSeekerAccess.UserId(user) is { } id && (user.IsInRole(Roles.Adviser) || user.IsInRole(Roles.Coach))
            ? db.Referrals.Where(r => r.ReferredById == id)
            : db.Referrals.Where(_ => false);

    /// <summary>The referrals sent to the coach's council; none for anyone else, or a coach with no council.</summary>
    public async Task<IQueryable<Referral>> ForTeamAsync(ClaimsPrincipal user)
    {
        var council = user.IsInRole(Roles.Coach) ? await CouncilOfAsync(user) : null;
        return council is { } id ? db.Referrals.Where(r => r.LocalAuthorityId == id) : db.Referrals.Where(_ => false);
    }

    public async Task<int?> CouncilOfAsync(ClaimsPrincipal user) =>
        JobSeekerAccess.UserId(user) is { } id ? await db.Users.Where(u => u.Id == id).Select(u => u.LocalAuthorityId).SingleOrDefaultAsync() : null;

    /// <summary>The councils a referral can go to: those with a job coach, and the referrer's own.</summary>
    public async Task<List<(int Id, string Name)>> CouncilsWithATeamAsync(int? own)
    {
        var coachRole = db.Roles.Where(r => r.Name == Roles.Coach).Select(r => r.Id);
        var councils = await db.LocalAuthorities.AsNoTracking()
            .Where(l => l.Id == own || db.Users.Any(u => u.LocalAuthorityId == l.Id && db.UserRoles.Any(ur => ur.UserId == u.Id && coachRole.Contains(ur.RoleId))))
            .OrderBy(l => l.Name)
            .Select(l => new { l.Id, l.Name })
            .ToListAsync();
        return councils.Select(c => (c.Id, c.Name)).ToList();
    }
}
