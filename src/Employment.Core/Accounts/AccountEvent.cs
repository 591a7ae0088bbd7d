using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Accounts;

/// <summary>A change to who may sign in or what they may do: the audit trail of accounts, kept with the change.</summary>
public class AccountEvent
{
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string RoleChanged = "role_changed";
    public const string CouncilChanged = "council_changed";
    public const string PasswordChanged = "password_changed";
    public const string PasswordReset = "password_reset";
    public const string ResetRequested = "reset_requested";
    public const string SignedOut = "signed_out";

    public long Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>Whose account changed.</summary>
    public Guid UserId { get; set; }

    /// <summary>Who changed it: an administrator, the person themselves, or null for a command-line step.</summary>
    public Guid? ByUserId { get; set; }

    public required string Action { get; set; }

    /// <summary>The administrator's reason, or what changed (a role's name); never a password or token.</summary>
    public string? Detail { get; set; }

    public static string Describe(string action) => action switch
    {
        Disabled => "Access taken away",
        Enabled => "Access given back",
        RoleChanged => "Role changed",
        CouncilChanged => "Council changed",
        PasswordChanged => "Password changed",
        PasswordReset => "Password reset by emailed link",
        ResetRequested => "Password reset link sent",
        SignedOut => "Signed out",
        _ => action,
    };
}

/// <summary>The one way an account change is written to its history, kept with the change in the same save.</summary>
public static class AccountHistory
{
    public static void RecordAccountEvent(this Data.EmploymentDbContext db, TimeProvider clock, Guid userId, Guid? byUserId, string action, string? detail = null) =>
        db.AccountEvents.Add(new AccountEvent { At = clock.GetUtcNow(), UserId = userId, ByUserId = byUserId, Action = action, Detail = detail });
}

internal sealed class AccountEventConfiguration : IEntityTypeConfiguration<AccountEvent>
{
    public void Configure(EntityTypeBuilder<AccountEvent> b)
    {
        b.Property(e => e.Action).HasMaxLength(32);
        b.Property(e => e.Detail).HasMaxLength(500);
        b.HasIndex(e => new { e.UserId, e.At });
        b.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
