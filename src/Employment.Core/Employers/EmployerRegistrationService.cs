using Employment.Core.Accounts;
using Employment.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Employers;

/// <summary>An organisation registering itself, and the person registering it.</summary>
public sealed record EmployerRegistration(
    string OrganisationName, string? Sector, DisabilityConfidentLevel Level, DateOnly? MembershipEnds, string FullName, string Email, string Password);

/// <summary>
/// Registers an organisation (waiting for a coach's approval) with its first employer account, in one transaction:
/// both or neither. Signing the person in is the site's part.
/// </summary>
public sealed class EmployerRegistrationService(EmploymentDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    /// <param name="passwordField">The form's name for the password, where the password rules' problems are shown.</param>
    /// <param name="emailField">The form's name for the email address, where the account's other problems are shown.</param>
    public async Task<WriteResult<AppUser>> RegisterAsync(EmployerRegistration registration, string passwordField, string emailField)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow();
        var employer = new Employer
        {
            Name = registration.OrganisationName,
            Sector = registration.Sector,
            DcLevel = registration.Level,
            DcValidUntil = registration.MembershipEnds,
            DcSince = registration.Level == DisabilityConfidentLevel.None ? null : MembershipStart(registration.MembershipEnds, DateOnly.FromDateTime(now.UtcDateTime)),
            Approval = ApprovalStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Employers.Add(employer);
        await db.SaveChangesAsync();

        var user = new AppUser
        {
            UserName = registration.Email,
            Email = registration.Email,
            DisplayName = registration.FullName,
            EmployerId = employer.Id,
            CreatedAt = now,
        };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, registration.Password);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            await transaction.RollbackAsync();
            return WriteResult.Refused<AppUser>(new Problem(emailField, InvitationService.AccountTaken));
        }
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync();
            return WriteResult.Refused<AppUser>(created.Errors
                .Select(e => new Problem(e.Code.Contains("Password", StringComparison.Ordinal) ? passwordField : emailField, e.Description))
                .ToArray());
        }
        await users.AddToRoleAsync(user, Roles.Employer);
        await transaction.CommitAsync();
        return WriteResult.Saved(user);
    }

    /// <summary>
    /// An employer joining the platform may have been a member for years: the membership began three years before it
    /// ends (DWP memberships last three years), never after today (decision 0061).
    /// </summary>
    public static DateOnly MembershipStart(DateOnly? membershipEnds, DateOnly today) =>
        membershipEnds is { } ends && ends.AddYears(-3) < today ? ends.AddYears(-3) : today;
}
