using Employment.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Email;

/// <summary>When a coach's previous digest was queued: the start of the window digest sections report "since".</summary>
public static class PreviousDigest
{
    /// <summary>When the coach's most recent digest before today was queued; null when they have never had one.</summary>
    public static Task<DateTimeOffset?> PreviousDigestAtAsync(this IQueryable<OutboxEmail> outbox, Guid coachId, DateOnly today, CancellationToken cancellationToken)
    {
        var prefix = DailyDigestJob.KeyPrefix(coachId);
        var todays = DailyDigestJob.KeyFor(coachId, today);
        return outbox.AsNoTracking()
            .Where(e => EF.Functions.Like(e.DedupeKey, prefix + "%") && e.DedupeKey != todays)
            .MaxAsync(e => (DateTimeOffset?)e.CreatedAt, cancellationToken);
    }
}
