using System.Security.Cryptography;
using System.Text;
using Employment.Core.Data;
using Employment.Core.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Accounts;

/// <summary>
/// Passwords: a person changes their own, or sets one from a single-use link that expires (emailed when forgotten,
/// printed by the command that makes the first administrator). Every change renews the security stamp, which ends
/// the account's other sessions.
/// </summary>
public sealed class PasswordService(EmploymentDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    /// <summary>How long an emailed reset link works.</summary>
    public static readonly TimeSpan ResetLinkLifetime = TimeSpan.FromHours(1);

    public static readonly Problem LinkNoLongerWorks = Problem.ForPage("This link to set a password no longer works: it has been used or it has expired");

    public async Task<WriteResult<AppUser>> ChangeAsync(AppUser user, string currentPassword, string newPassword)
    {
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            return WriteResult.Refused<AppUser>(result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                ? new Problem("CurrentPassword", "Your current password is not right")
                : new Problem("NewPassword", e.Description)).ToArray());
        }
        db.RecordAccountEvent(clock, user.Id, user.Id, AccountEvent.PasswordChanged);
        await db.SaveChangesAsync();
        return WriteResult.Saved(user);
    }

    /// <summary>
    /// Emails a reset link when the address belongs to an account that may sign in; otherwise does nothing. The caller
    /// says the same thing either way, so the page never tells whether an address has an account.
    /// </summary>
    public async Task RequestResetAsync(string email, Func<string, string> linkForToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.DisabledAt is not null)
        {
            return;
        }
        var (request, token) = NewRequest(user.Id, ResetLinkLifetime);
        var content = new EmailContent(user.DisplayName)
            .Paragraph("Someone asked to reset the password for your employment support account.")
            .Link("Choose a new password", linkForToken(token))
            .Paragraph($"The link works once and stops working after {ResetLinkLifetime.TotalMinutes:0} minutes.")
            .Paragraph("If you did not ask for this, you can ignore this email: your password has not changed.");
        db.Queue($"password-reset:{request.Id:N}", user.Email!, user.DisplayName, "Reset your password", content, request.CreatedAt);
        db.RecordAccountEvent(clock, user.Id, null, AccountEvent.ResetRequested);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Adds a single-use link request to <paramref name="context"/> (saved with the caller's SaveChanges) and returns its
    /// token: for the command-line step that makes the first administrator, which has no site to ask.
    /// </summary>
    public static string AddLinkRequest(EmploymentDbContext context, Guid userId, TimeSpan lifetime, DateTimeOffset now)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        context.PasswordResetRequests.Add(new PasswordResetRequest { Id = Guid.NewGuid(), UserId = userId, TokenHash = Hash(token), CreatedAt = now, ExpiresAt = now + lifetime });
        return token;
    }

    /// <summary>True when the token's link still works, to show the form or say at once that it does not.</summary>
    public async Task<bool> LinkWorksAsync(string token)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        return await db.PasswordResetRequests.AnyAsync(r => r.TokenHash == hash && r.UsedAt == null && r.ExpiresAt > now);
    }

    public async Task<WriteResult<AppUser>> ResetAsync(string token, string newPassword, string passwordField)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        var request = await db.PasswordResetRequests.AsNoTracking().FirstOrDefaultAsync(r => r.TokenHash == hash && r.UsedAt == null && r.ExpiresAt > now);
        var user = request is null ? null : await users.FindByIdAsync(request.UserId.ToString());
        if (request is null || user is null || user.DisabledAt is not null)
        {
            return WriteResult.Refused<AppUser>(LinkNoLongerWorks);
        }
        // The password's own rules first, so a password that is refused does not use the link up.
        var problems = new List<Problem>();
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, user, newPassword);
            problems.AddRange(checkedPassword.Errors.Select(e => new Problem(passwordField, e.Description)));
        }
        if (problems.Count > 0)
        {
            return WriteResult.Refused<AppUser>(problems.ToArray());
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Claimed in one statement: of two people using the same link at once, one gets it.
        var claimed = await db.PasswordResetRequests.Where(r => r.Id == request.Id && r.UsedAt == null && r.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UsedAt, now));
        if (claimed == 0)
        {
            return WriteResult.Refused<AppUser>(LinkNoLongerWorks);
        }
        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
        user.EmailConfirmed = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateSecurityStampAsync(user);
        db.RecordAccountEvent(clock, user.Id, user.Id, AccountEvent.PasswordReset);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return WriteResult.Saved(user);
    }

    private (PasswordResetRequest Request, string Token) NewRequest(Guid userId, TimeSpan lifetime)
    {
        var token = AddLinkRequest(db, userId, lifetime, clock.GetUtcNow());
        return (db.PasswordResetRequests.Local.Single(r => r.TokenHash == Hash(token)), token);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
