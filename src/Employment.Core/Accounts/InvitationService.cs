using Employment.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Accounts;

/// <summary>Who is being invited, as checked by the invitation form.</summary>
/// <param name="LocalAuthorityId">The council a coach, adviser or council administrator works for: a coach's new people default to it.</param>
/// <param name="CollegeId">The college a college partner works for: they see its programmes only.</param>
public sealed record Invitation(string FullName, string Email, string Role, Guid? EmployerId, int? LocalAuthorityId = null, Guid? CollegeId = null);

/// <summary>Creates an account with no password and queues the email that lets the person choose one.</summary>
public sealed class InvitationService(EmploymentDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public const string AccountTaken = "An account with this email address already exists";

    /// <param name="acceptLink">The absolute address of the page that accepts this user's invitation with this token.</param>
    public async Task<WriteResult<AppUser>> InviteAsync(Invitation invitation, Guid invitedById, Func<AppUser, string, string> acceptLink)
    {
        var now = clock.GetUtcNow();
        var user = new AppUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            DisplayName = invitation.FullName,
            EmployerId = invitation.Role == Roles.Employer ? invitation.EmployerId : null,
            LocalAuthorityId = invitation.Role is Roles.Employer or Roles.College ? null : invitation.LocalAuthorityId,
            CollegeId = invitation.Role == Roles.College ? invitation.CollegeId : null,
            CreatedAt = now,
            InvitedAt = now,
            InvitedById = invitedById,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user);
            if (created.Succeeded)
            {
                created = await users.AddToRoleAsync(user, invitation.Role);
            }
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            await transaction.RollbackAsync();
            return WriteResult.Refused<AppUser>(new Problem(nameof(Invitation.Email), AccountTaken));
        }
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync();
            return WriteResult.Refused<AppUser>(new Problem(nameof(Invitation.Email), created.Errors.First().Description));
        }
        // The invitation email is saved in the same transaction as the account: both or neither.
        InvitationEmail.Queue(db, user, invitation.Role, acceptLink(user, await users.GeneratePasswordResetTokenAsync(user)), now);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return WriteResult.Saved(user);
    }

    /// <summary>The refusal when the invitation's link has expired or was used already.</summary>
    public static readonly Problem LinkNoLongerWorks = Problem.ForPage("This invitation link no longer works");

    /// <summary>The invited person chooses their password with the token from their invitation; that confirms their email address.</summary>
    public async Task<WriteResult<AppUser>> AcceptAsync(AppUser invited, string token, string password)
    {
        var result = await users.ResetPasswordAsync(invited, token, password);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? WriteResult.Refused<AppUser>(LinkNoLongerWorks)
                : WriteResult.Refused<AppUser>(result.Errors.Select(e => new Problem("Password", e.Description)).ToArray());
        }
        invited.EmailConfirmed = true;
        await users.UpdateAsync(invited);
        return WriteResult.Saved(invited);
    }
}
