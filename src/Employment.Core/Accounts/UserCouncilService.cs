using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Accounts;

/// <summary>Sets the council a coach, adviser or council administrator works for; a coach's new people start in it.</summary>
public sealed class UserCouncilService(EmploymentDbContext db)
{
    public async Task<WriteResult<AppUser>> SetCouncilAsync(AppUser user, int? localAuthorityId)
    {
        if (localAuthorityId is { } id && !await db.LocalAuthorities.AnyAsync(l => l.Id == id))
        {
            return WriteResult.Refused<AppUser>(new Problem("LocalAuthorityId", "Select a council from the list"));
        }
        user.LocalAuthorityId = localAuthorityId;
        await db.SaveChangesAsync();
        return WriteResult.Saved(user);
    }
}
