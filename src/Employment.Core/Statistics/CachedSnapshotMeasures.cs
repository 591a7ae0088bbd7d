using Microsoft.Extensions.Caching.Memory;

namespace Employment.Core.Statistics;

/// <summary>
/// The snapshot's measures kept in this node's memory (decision 0083). A snapshot's rows never change once it is built,
/// and a new build has a new build time and change counter, so an answer keyed by them is never stale: each node asks
/// the database for the latest snapshot on every page and reads its figures once.
/// </summary>
public sealed class CachedSnapshotMeasures(SnapshotMeasures inner, StatisticsSnapshot snapshot, IMemoryCache cache) : IOutcomeMeasures
{
    /// <summary>Long enough to serve a day's pages from one build; short enough that old builds' answers leave memory.</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    public Task<IReadOnlyList<PaidWorkFigures>> InPaidWorkAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default) =>
        Cached(nameof(InPaidWorkAsync), filter, periods, today, () => inner.InPaidWorkAsync(filter, periods, today, ct));

    public Task<IReadOnlyList<StartFigures>> StartsAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default) =>
        Cached(nameof(StartsAsync), filter, periods, today, () => inner.StartsAsync(filter, periods, today, ct));

    public Task<IReadOnlyList<SustainmentFigures>> SustainedAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default) =>
        Cached(nameof(SustainedAsync), filter, periods, today, () => inner.SustainedAsync(filter, periods, today, ct));

    public Task<IReadOnlyList<JobOutcomeFigures>> JobOutcomesAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default) =>
        Cached(nameof(JobOutcomesAsync), filter, periods, today, () => inner.JobOutcomesAsync(filter, periods, today, ct));

    public Task<IReadOnlyList<InternshipFigures>> InternshipsAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default) =>
        Cached(nameof(InternshipsAsync), filter, periods, today, () => inner.InternshipsAsync(filter, periods, today, ct));

    public Task<IReadOnlyList<FirstJobFigures>> TimeToFirstJobAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default) =>
        Cached(nameof(TimeToFirstJobAsync), filter, periods, today, () => inner.TimeToFirstJobAsync(filter, periods, today, ct));

    private async Task<IReadOnlyList<T>> Cached<T>(string measure, StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, Func<Task<IReadOnlyList<T>>> read)
    {
        var key = (typeof(CachedSnapshotMeasures), measure, snapshot, filter, string.Join('|', periods.Select(p => $"{p.From:O}/{p.To:O}")), today);
        return (await cache.GetOrCreateAsync(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeptFor;
            return read();
        }))!;
    }
}
