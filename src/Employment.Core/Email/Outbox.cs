using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Email;

/// <summary>Queues emails on the caller's context: nothing is written until the caller's SaveChanges.</summary>
public static class Outbox
{
    /// <summary>Adds the email unless one with the same key is already queued or sent; true when added.</summary>
    public static async Task<bool> QueueOnceAsync(this EmploymentDbContext db, string dedupeKey, string toAddress, string toName, string subject,
        EmailContent content, DateTimeOffset now, OutboxPriority priority, CancellationToken cancellationToken = default)
    {
        if (db.OutboxEmails.Local.Any(e => e.DedupeKey == dedupeKey) || await db.OutboxEmails.AnyAsync(e => e.DedupeKey == dedupeKey, cancellationToken))
        {
            return false;
        }
        db.Queue(dedupeKey, toAddress, toName, subject, content, now, priority);
        return true;
    }

    /// <summary>Queues the email; prompt unless told, so an email someone is waiting for never waits behind a bulk run.</summary>
    public static OutboxEmail Queue(this EmploymentDbContext db, string dedupeKey, string toAddress, string toName, string subject, EmailContent content, DateTimeOffset now,
        OutboxPriority priority = OutboxPriority.Prompt)
    {
        var id = Guid.NewGuid();
        var email = new OutboxEmail
        {
            Id = id,
            DedupeKey = dedupeKey,
            ToAddress = toAddress,
            ToName = toName,
            Subject = subject,
            TextBody = content.Text,
            HtmlBody = content.Html(subject),
            MessageId = $"{id:N}@employment.outbox",
            Priority = priority,
            Status = OutboxStatus.Queued,
            NextAttemptAt = now,
            CreatedAt = now,
        };
        db.OutboxEmails.Add(email);
        return email;
    }
}
