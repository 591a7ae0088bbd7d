using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Email;
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
    /// <summary>
    /// The address already has an account. The site must answer exactly as for a new registration (saying so would tell
    /// anyone which addresses have accounts): the owner is told by email instead.
    /// </summary>
    public static readonly Problem AddressInUse = Problem.ForPage("address in use");

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
            await TellTheOwnerAsync(registration.Email, now);
            return WriteResult.Refused<AppUser>(AddressInUse);
        }
        if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            await transaction.RollbackAsync();
            await TellTheOwnerAsync(registration.Email, now);
            return WriteResult.Refused<AppUser>(AddressInUse);
        }
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync();
            return WriteResult.Refused<AppUser>(created.Errors
                .Select(e => new Problem(e.Code.Contains("Password", StringComparison.Ordinal) ? passwordField : emailField, e.Description))
                .ToArray());
        }
        await users.AddToRoleAsync(user, Roles.Employer);
        var welcome = new EmailContent(user.DisplayName)
            .Paragraph($"{employer.Name} is registered with the employment support service. A job coach will check its details before you can post opportunities.")
            .Paragraph("Sign in with this email address and the password you chose.");
        db.Queue($"registered:{user.Id:N}", user.Email!, user.DisplayName, "Your organisation is registered", welcome, now);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return WriteResult.Saved(user);
    }

    private async Task TellTheOwnerAsync(string email, DateTimeOffset now)
    {
        db.ChangeTracker.Clear();
        var owner = await users.FindByEmailAsync(email);
        if (owner is null)
        {
            return;
        }
        var content = new EmailContent(owner.DisplayName)
            .Paragraph("Someone tried to register an organisation with the employment support service using this email address, which already has an account.")
            .Paragraph("If it was you, sign in with your password, or reset it from the sign-in page. If it was not you, you do not need to do anything.");
        try
        {
            // At most one such email a day, however often someone tries.
            if (await db.QueueOnceAsync($"registration-attempt:{owner.Id:N}:{now:yyyyMMdd}", owner.Email!, owner.DisplayName, "Someone tried to register with your email address", content, now, OutboxPriority.Prompt))
            {
                await db.SaveChangesAsync();
            }
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear(); // Another attempt at the same moment queued it.
        }
    }

    /// <summary>
    /// An employer joining the platform may have been a member for years: the membership began three years before it
    /// ends (DWP memberships last three years), never after today (decision 0061).
    /// </summary>
    public static DateOnly MembershipStart(DateOnly? membershipEnds, DateOnly today) =>
        membershipEnds is { } ends && ends.AddYears(-3) < today ? ends.AddYears(-3) : today;
}
