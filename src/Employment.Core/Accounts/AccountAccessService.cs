using Employment.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Accounts;

/// <summary>
/// What an administrator changes about who may sign in: access taken away and given back, and a user's role. Each
/// change is audited with it and renews the security stamp, so the user's open sessions end at their next check.
/// </summary>
public sealed class AccountAccessService(EmploymentDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public static readonly Problem NotYourOwn = Problem.ForPage("You cannot change your own access: ask another administrator");
    /// <summary>A college partner sees one college's programmes: that account is invited for its college, never made by a role change.</summary>
    public static readonly Problem CollegeRoleNeedsCollege = new("Role", "A college partner account is tied to its college: invite a new account for them instead");

    public static readonly Problem EmployerRoleNeedsOrganisation = new("Role",
        "Employer accounts belong to one organisation: invite the person as an employer instead");

    public async Task<WriteResult<AppUser>> DisableAsync(AppUser user, string reason, Guid byUserId)
    {
        if (user.Id == byUserId)
        {
            return WriteResult.Refused<AppUser>(NotYourOwn);
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            return WriteResult.Refused<AppUser>(new Problem("Reason", $"Enter why access is being taken away, in {MaxReasonLength} characters or fewer"));
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        user.DisabledAt = clock.GetUtcNow();
        user.DisabledReason = reason.Trim();
        await users.UpdateSecurityStampAsync(user);
        // Links to set a password that are still out would give the account back.
        await db.PasswordResetRequests.Where(r => r.UserId == user.Id && r.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UsedAt, user.DisabledAt));
        db.RecordAccountEvent(clock, user.Id, byUserId, AccountEvent.Disabled, user.DisabledReason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return WriteResult.Saved(user);
    }

    public async Task<WriteResult<AppUser>> EnableAsync(AppUser user, Guid byUserId)
    {
        if (user.Id == byUserId)
        {
            return WriteResult.Refused<AppUser>(NotYourOwn);
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        user.DisabledAt = null;
        user.DisabledReason = null;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateAsync(user);
        db.RecordAccountEvent(clock, user.Id, byUserId, AccountEvent.Enabled);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return WriteResult.Saved(user);
    }

    public async Task<WriteResult<AppUser>> ChangeRoleAsync(AppUser user, string role, Guid byUserId)
    {
        if (user.Id == byUserId)
        {
            return WriteResult.Refused<AppUser>(NotYourOwn);
        }
        if (!Roles.All.Contains(role))
        {
            return WriteResult.Refused<AppUser>(new Problem("Role", "Select a role from the list"));
        }
        var current = await users.GetRolesAsync(user);
        if (current.Contains(role))
        {
            return WriteResult.Saved(user);
        }
        if (role == Roles.Employer || current.Contains(Roles.Employer))
        {
            return WriteResult.Refused<AppUser>(EmployerRoleNeedsOrganisation);
        }
        if (role == Roles.College || current.Contains(Roles.College))
        {
            return WriteResult.Refused<AppUser>(CollegeRoleNeedsCollege);
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        // Roles are claims in the cookie: a new stamp makes every session take the new role or end.
        await users.UpdateSecurityStampAsync(user);
        db.RecordAccountEvent(clock, user.Id, byUserId, AccountEvent.RoleChanged, $"{string.Join(", ", current.Select(Roles.Label))} to {Roles.Label(role)}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return WriteResult.Saved(user);
    }
}
