using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Email;

/// <summary>What an administrator changes in the outbox: a failed email sent again.</summary>
public sealed class OutboxService(EmploymentDbContext db, TimeProvider clock)
{
    public static readonly Problem NotFailed = Problem.ForPage("Only an email that failed can be sent again");

    /// <summary>Queues a failed email to be sent at once with its attempts reset; refused with <see cref="NotFailed"/> for any other email.</summary>
    public async Task<IReadOnlyList<Problem>> TryAgainAsync(Guid emailId)
    {
        var updated = await db.OutboxEmails.Where(e => e.Id == emailId && e.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, OutboxStatus.Queued).SetProperty(e => e.NextAttemptAt, clock.GetUtcNow())
                .SetProperty(e => e.Attempts, 0));
        return updated == 0 ? [NotFailed] : [];
    }
}
