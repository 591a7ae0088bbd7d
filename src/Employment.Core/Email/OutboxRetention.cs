using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Email;

/// <summary>
/// What the outbox keeps. An email's bodies (which can name people and quote them) are removed a stated number of days
/// after it was sent, or after it was queued if it never went; the envelope (to whom, when, status) stays for the
/// audit of what was sent. Erasure removes the bodies and subject of every email about the person at once.
/// </summary>
public sealed class OutboxRetention(EmploymentDbContext db, TimeProvider clock)
{
    public const string Removed = "";
    public const string ErasedSubject = "(removed: about a person whose record was erased)";

    /// <summary>Removes the bodies of emails sent (or failed) more than <paramref name="keepDays"/> days ago; returns how many.</summary>
    public async Task<int> RemoveOldBodiesAsync(int keepDays, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var before = now.AddDays(-keepDays);
        return await db.OutboxEmails
            .Where(e => e.BodyRemovedAt == null
                        && ((e.Status == OutboxStatus.Sent && e.SentAt < before) || (e.Status == OutboxStatus.Failed && e.CreatedAt < before)))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.TextBody, Removed).SetProperty(e => e.HtmlBody, Removed).SetProperty(e => e.BodyRemovedAt, now),
                cancellationToken);
    }

    /// <summary>
    /// Every outbox email about the person: those recorded as about them, and (for emails queued before that was
    /// recorded) any whose text holds their full name. Unsent ones are deleted so an empty email never goes; sent
    /// ones keep only their envelope. Runs on the caller's transaction, before the name itself is erased.
    /// </summary>
    public async Task<int> RemoveAboutAsync(Guid jobSeekerId, string fullName)
    {
        var now = clock.GetUtcNow();
        var namePattern = string.IsNullOrWhiteSpace(fullName) ? null : "%" + fullName.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        var about = db.OutboxEmails.Where(e => e.People.Any(p => p.JobSeekerId == jobSeekerId)
                                               || (namePattern != null && e.BodyRemovedAt == null && EF.Functions.ILike(e.TextBody, namePattern)));
        var deleted = await about.Where(e => e.Status == OutboxStatus.Queued || e.Status == OutboxStatus.Failed).ExecuteDeleteAsync();
        var redacted = await about.ExecuteUpdateAsync(s => s
            .SetProperty(e => e.TextBody, Removed).SetProperty(e => e.HtmlBody, Removed)
            .SetProperty(e => e.Subject, ErasedSubject).SetProperty(e => e.BodyRemovedAt, now));
        return deleted + redacted;
    }
}
