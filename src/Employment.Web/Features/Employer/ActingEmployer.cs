using System.Security.Claims;
using Employment.Core.Data;
using Employment.Core.Employers;
using Microsoft.EntityFrameworkCore;
using EmployerEntity = Employment.Core.Employers.Employer;

namespace Employment.Web.Features.Employer;

/// <summary>
/// The organisation a page acts for: an employer user's own organisation, or the one a job coach
/// chose. The organisation and opportunity pages are shared; only this lookup differs.
/// </summary>
public sealed record ActingEmployer(EmployerEntity Employer, bool ByCoach)
{
    /// <summary>Only an approved organisation may post or change opportunities.</summary>
    public bool MayChangeOpportunities => Employer.Approval == ApprovalStatus.Approved;

    /// <summary>How pages refer to the organisation: "your organisation" for its own staff, its name for a coach.</summary>
    public string Possessive => ByCoach ? Employer.Name + "'s" : "your";

    public static async Task<ActingEmployer?> ForEmployerUserAsync(EmploymentDbContext db, ClaimsPrincipal user)
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

    public static async Task<ActingEmployer?> ForCoachAsync(EmploymentDbContext db, object? employerId)
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

/// <summary>What a shared form page shows around its fields.</summary>
public sealed record FormPage(string Caption, string Heading, string Action, string Submit, string Cancel);
