using Microsoft.AspNetCore.Identity;

namespace Employment.Core.Accounts;

/// <summary>Lets a person whose account was locked after too many wrong passwords sign in again.</summary>
public sealed class LockoutService(UserManager<AppUser> users)
{
    public async Task<WriteResult<AppUser>> UnlockAsync(AppUser user)
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return WriteResult.Saved(user);
    }
}
