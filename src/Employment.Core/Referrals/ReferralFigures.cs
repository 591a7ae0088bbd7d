using Employment.Core.Data;
using Employment.Core.Placements;
using Employment.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Referrals;

/// <summary>How many referrals of one source were received in the period, accepted, and went on to a start (by today).</summary>
public sealed record ReferralCounts(ReferralSource Source, int Received, int Accepted, int Started);

/// <summary>
/// Referrals on the adviser page: those received in the period, by source, how many the team accepted and how many of
/// those people have started a placement since. Only the council filter applies. Aggregates only, suppressed and rounded
/// as every other figure (decision 0062).
/// </summary>
public sealed class ReferralFigures(EmploymentDbContext db)
{
    public async Task<IReadOnlyList<ReferralCounts>> CountAsync(int? localAuthorityId, Period period, CancellationToken ct = default)
    {
        var from = new DateTimeOffset(period.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var rows = await db.Referrals.AsNoTracking()
            .Where(r => r.ReceivedAt >= from && r.ReceivedAt < to)
            .Where(r => localAuthorityId == null || r.LocalAuthorityId == localAuthorityId)
            .GroupBy(r => r.Source)
            .Select(g => new
            {
                Source = g.Key,
                Received = g.Count(),
                Accepted = g.Count(r => r.Status == ReferralStatus.Accepted),
                Started = g.Count(r => r.Status == ReferralStatus.Accepted
                    && db.PlacementEvents.Any(e => e.Placement!.JobSeekerId == r.JobSeekerId && e.Type == PlacementEventType.Started)),
            })
            .ToListAsync(ct);
        return Enum.GetValues<ReferralSource>()
            .Select(s => rows.FirstOrDefault(r => r.Source == s) is { } r ? new ReferralCounts(s, r.Received, r.Accepted, r.Started) : new ReferralCounts(s, 0, 0, 0))
            .ToList();
    }

    public async Task<StatisticsTable> TableAsync(int? localAuthorityId, Period period, CancellationToken ct = default) =>
        Table(await CountAsync(localAuthorityId, period, ct), period);

    /// <summary>
    /// Each column is a set of parts beside its total (complementary suppression across sources), and accepted and
    /// started are parts of received and accepted, so a cell is hidden when either would give a small count away.
    /// </summary>
    public static StatisticsTable Table(IReadOnlyList<ReferralCounts> counts, Period period)
    {
        var received = Suppression.Parts([.. counts.Select(c => c.Received)]);
        var accepted = Suppression.Parts([.. counts.Select(c => c.Accepted)]);
        var started = Suppression.Parts([.. counts.Select(c => c.Started)]);
        var rows = counts.Select((c, i) => new StatisticsRow(c.Source.Label(),
        [
            new StatisticsCell(received[i]),
            new StatisticsCell(Suppression.PartIsHidden(c.Accepted, c.Received) && accepted[i] != Suppression.FewerThanFive ? Suppression.NotShown : accepted[i]),
            new StatisticsCell(Suppression.PartIsHidden(c.Started, c.Accepted) && started[i] != Suppression.FewerThanFive ? Suppression.NotShown : started[i]),
        ])).ToList();
        int total(Func<ReferralCounts, int> of) => counts.Sum(of);
        var all = new ReferralCounts(ReferralSource.JobcentrePlus, total(c => c.Received), total(c => c.Accepted), total(c => c.Started));
        rows.Add(new StatisticsRow("All sources",
        [
            StatisticsCell.Count(all.Received),
            StatisticsCell.Part(all.Accepted, all.Received),
            StatisticsCell.Part(all.Started, all.Accepted),
        ]));
        return new StatisticsTable("referrals", $"Referrals received in {period.Label}, by source", ["Source", "Received", "Accepted", "Went on to a start"], rows);
    }
}
