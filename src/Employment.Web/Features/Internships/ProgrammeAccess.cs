using System.Security.Claims;
using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Internships;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Internships;

/// <summary>
/// Which programmes a signed-in person may open: a job coach the programmes they coach, a college partner its own
/// college's programmes. Anyone else is told a programme does not exist, so ids reveal nothing.
/// </summary>
public sealed class ProgrammeAccess(EmploymentDbContext db)
{
    public IQueryable<InternshipProgramme> Coached(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Coach) && UserId(user) is { } coachId
            ? db.InternshipProgrammes.Where(p => p.CoachId == coachId)
            : db.InternshipProgrammes.Where(_ => false);

    /// <summary>A college partner's own college's programmes; none for an account with no college.</summary>
    public IQueryable<InternshipProgramme> OfCollege(ClaimsPrincipal user)
    {
        if (!user.IsInRole(Roles.College) || UserId(user) is not { } userId)
        {
            return db.InternshipProgrammes.Where(_ => false);
        }
        var college = db.Users.Where(u => u.Id == userId).Select(u => u.CollegeId);
        return db.InternshipProgrammes.Where(p => college.Contains(p.CollegeId));
    }

    public static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
