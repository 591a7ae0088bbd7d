namespace Employment.Core.Statistics;

/// <summary>
/// The outcome measures for one or more periods. <see cref="OutcomeMeasures"/> works them out from the placement
/// spells on every call; <see cref="SnapshotMeasures"/> reads the same answers from the last statistics snapshot.
/// </summary>
public interface IOutcomeMeasures
{
    Task<IReadOnlyList<PaidWorkFigures>> InPaidWorkAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default);

    Task<IReadOnlyList<StartFigures>> StartsAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default);

    Task<IReadOnlyList<SustainmentFigures>> SustainedAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default);

    Task<IReadOnlyList<JobOutcomeFigures>> JobOutcomesAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default);

    Task<IReadOnlyList<InternshipFigures>> InternshipsAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default);

    Task<IReadOnlyList<FirstJobFigures>> TimeToFirstJobAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default);
}
