using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Accounts;

/// <summary>Sets the council a coach, adviser or council administrator works for; a coach's new people start in it.</summary>
public sealed class UserCouncilService(EmploymentDbContext db, TimeProvider clock)
{
    /// <summary>Saved with an entry in the account's history of who changed it (decision 0055).</summary>
    public async Task<WriteResult<AppUser>> SetCouncilAsync(AppUser user, int? localAuthorityId, Guid byUserId)
    {
        if (localAuthorityId is { } id && !await db.LocalAuthorities.AnyAsync(l => l.Id == id))
        {
            return WriteResult.Refused<AppUser>(new Problem("LocalAuthorityId", "Select a council from the list"));
        }
        if (user.LocalAuthorityId == localAuthorityId)
        {
            return WriteResult.Saved(user);
        }
        user.LocalAuthorityId = localAuthorityId;
        var council = localAuthorityId is { } chosen ? await db.LocalAuthorities.Where(l => l.Id == chosen).Select(l => l.Name).SingleAsync() : "none";
        db.RecordAccountEvent(clock, user.Id, byUserId, AccountEvent.CouncilChanged, council);
        await db.SaveChangesAsync();
        return WriteResult.Saved(user);
    }
}
