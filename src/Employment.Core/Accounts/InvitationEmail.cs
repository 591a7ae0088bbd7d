using Employment.Core.Data;
using Employment.Core.Email;

namespace Employment.Core.Accounts;

public static class InvitationEmail
{
    public static string KeyFor(Guid userId) => $"invitation:{userId:N}";

    public static void Queue(EmploymentDbContext db, AppUser user, string role, string link, DateTimeOffset now)
    {
        var content = new EmailContent(user.DisplayName)
            .Paragraph($"You have been invited to use the employment support service as: {Roles.Label(role)}.")
            .Paragraph("Use the link below to choose a password. The link works once and stops working after 7 days.")
            .Link("Choose your password", link)
            .Paragraph("If you were not expecting this email, you can ignore it.");
        db.Queue(KeyFor(user.Id), user.Email!, user.DisplayName, "You have been invited to the employment support service", content, now);
    }
}
