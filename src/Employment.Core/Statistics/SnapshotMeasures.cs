using Employment.Core.Data;
using Employment.Core.Opportunities;
using NpgsqlTypes;

namespace Employment.Core.Statistics;

/// <summary>
/// The outcome measures read from the last statistics snapshot (decision 0027): the filter picks rows and the answer is
/// their sum, a few hundred rows at most, however long the placement history. Gives the same answers as
/// <see cref="OutcomeMeasures"/> had on the snapshot's day.
/// </summary>
public sealed class SnapshotMeasures(EmploymentDbContext db, StatisticsSnapshot snapshot) : IOutcomeMeasures
{
    public async Task<IReadOnlyList<PaidWorkFigures>> InPaidWorkAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var q = Query(filter, periods, today);
        var work = await q.ReadAsync(db, $"""
            SELECT x.n::int, sum(w.in_paid_work)::int, sum(w.hours_16_or_more)::int, sum(w.ascof_in_paid_work)::int
            FROM unnest(@tos) WITH ORDINALITY AS x(to_on, n)
            JOIN statistics_paid_work w ON w.period_end = x.to_on
            WHERE w.kind = @kind_key AND w.dc_level = @dc_key {Narrowed(filter, "w")}
            GROUP BY x.n
            """, r => (N: r.GetInt32(0), InWork: r.GetInt32(1), Hours16: r.GetInt32(2), Ascof: r.GetInt32(3)), ct);
        var seekers = await q.ReadAsync(db, $"""
            SELECT x.n::int, sum(j.job_seekers)::int, sum(j.active)::int, sum(j.ascof_people)::int
            FROM unnest(@tos) WITH ORDINALITY AS x(to_on, n)
            JOIN statistics_job_seekers j ON j.period_end = x.to_on
            WHERE TRUE {Narrowed(filter, "j")}
            GROUP BY x.n
            """, r => (N: r.GetInt32(0), Count: r.GetInt32(1), Active: r.GetInt32(2), Ascof: r.GetInt32(3)), ct);
        return periods.Select((p, i) =>
        {
            var w = work.SingleOrDefault(f => f.N == i + 1);
            var s = seekers.SingleOrDefault(f => f.N == i + 1);
            return new PaidWorkFigures(p, s.Count, w.InWork, w.Hours16, s.Active, s.Ascof, w.Ascof);
        }).ToList();
    }

    public async Task<IReadOnlyList<StartFigures>> StartsAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var found = await StartRowsAsync(filter, periods, today, "s.kind = ANY(@kinds)", "sum(s.starts)::int", ct);
        return periods.SelectMany((p, i) => Enum.GetValues<OpportunityKind>()
                .Select(k => new StartFigures(p, k, found.Where(f => f.N == i + 1 && f.Kind == k).Sum(f => f.Counts[0]))))
            .ToList();
    }

    public async Task<IReadOnlyList<SustainmentFigures>> SustainedAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var columns = string.Join(", ", OutcomeMeasures.SustainmentWeeks.Select(w => $"sum(s.counted_{w})::int, sum(s.sustained_{w})::int"));
        var found = await StartRowsAsync(filter, periods, today, "s.kind = ANY(@paid)", columns, ct);
        return periods.SelectMany((p, i) => OutcomeMeasures.SustainmentWeeks.Select((weeks, w) => new SustainmentFigures(p, weeks,
                found.Where(f => f.N == i + 1).Sum(f => f.Counts[2 * w]), found.Where(f => f.N == i + 1).Sum(f => f.Counts[2 * w + 1]))))
            .ToList();
    }

    public async Task<IReadOnlyList<JobOutcomeFigures>> JobOutcomesAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var found = await StartRowsAsync(filter, periods, today, "s.kind = ANY(@paid)", "sum(s.outcomes_counted)::int, sum(s.outcomes)::int", ct);
        return periods.Select((p, i) => new JobOutcomeFigures(p, found.Where(f => f.N == i + 1).Sum(f => f.Counts[0]), found.Where(f => f.N == i + 1).Sum(f => f.Counts[1])))
            .ToList();
    }

    public async Task<IReadOnlyList<InternshipFigures>> InternshipsAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var q = Query(filter, periods, today);
        var found = await q.ReadAsync(db, $"""
            SELECT x.n::int, sum(i.finished)::int, sum(i.completed)::int, sum(i.counted_6)::int, sum(i.converted_6)::int, sum(i.counted_12)::int, sum(i.converted_12)::int
            FROM unnest(@froms, @tos) WITH ORDINALITY AS x(from_on, to_on, n)
            JOIN statistics_internships i ON i.period_from = x.from_on AND i.period_to = x.to_on
            WHERE TRUE {Narrowed(filter, "i")} {q.DcLevel("i.dc_level")}
            GROUP BY x.n
            """, r => (N: r.GetInt32(0), Figures: new InternshipFigures(periods[r.GetInt32(0) - 1],
            r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6))), ct);
        return periods.Select((p, i) => found.Where(f => f.N == i + 1).Select(f => f.Figures).SingleOrDefault() ?? new InternshipFigures(p, 0, 0, 0, 0, 0, 0)).ToList();
    }

    public async Task<IReadOnlyList<FirstJobFigures>> TimeToFirstJobAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var q = Query(filter, periods, today);
        return await q.ReadAsync(db, $"""
            SELECT x.n::int, count(d.days)::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY d.days)
            FROM unnest(@froms, @tos) WITH ORDINALITY AS x(from_on, to_on, n)
            LEFT JOIN statistics_first_jobs f ON f.period_from = x.from_on AND f.period_to = x.to_on
                AND f.kind = @kind_key AND f.dc_level = @dc_key {Narrowed(filter, "f")}
            LEFT JOIN LATERAL unnest(f.days) AS d(days) ON TRUE
            GROUP BY x.n ORDER BY x.n
            """, r => new FirstJobFigures(periods[r.GetInt32(0) - 1], r.GetInt32(1), r.IsDBNull(2) ? null : r.GetDouble(2)), ct);
    }

    private async Task<List<(int N, OpportunityKind Kind, int[] Counts)>> StartRowsAsync(
        StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, string kinds, string columns, CancellationToken ct)
    {
        var q = Query(filter, periods, today);
        return await q.ReadAsync(db, $"""
            SELECT x.n::int, s.kind, {columns}
            FROM unnest(@froms, @tos) WITH ORDINALITY AS x(from_on, to_on, n)
            JOIN statistics_starts s ON s.period_from = x.from_on AND s.period_to = x.to_on
            WHERE {kinds} {Narrowed(filter, "s")} {q.DcLevel("s.dc_level")}
            GROUP BY x.n, s.kind
            """, r => (r.GetInt32(0), SnakeCase.Parse<OpportunityKind>(r.GetString(1)), Enumerable.Range(2, r.FieldCount - 2).Select(r.GetInt32).ToArray()), ct);
    }

    private MeasureQuery Query(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today)
    {
        if (today != snapshot.AsOf || !snapshot.Covers(periods))
        {
            throw new InvalidOperationException($"The statistics snapshot is for {snapshot.AsOf:yyyy-MM-dd} and quarters to {snapshot.LastEnd:yyyy-MM-dd}; use the live measures for other days or periods.");
        }
        var q = new MeasureQuery(filter, periods, today);
        q.Add("kind_key", NpgsqlDbType.Text, filter.Kind is { } kind ? SnakeCase.Of(kind) : "");
        q.Add("dc_key", NpgsqlDbType.Text, filter.DcLevel is { } level ? SnakeCase.Of(level) : "");
        if (filter.AgeBand is { } band)
        {
            q.Add("band", NpgsqlDbType.Integer, MeasureQuery.BandCode(band));
        }
        return q;
    }

    /// <summary>The council and age band conditions on a snapshot table's rows.</summary>
    private static string Narrowed(StatisticsFilter filter, string table) =>
        (filter.LocalAuthorityId is null ? "" : $"AND {table}.local_authority_id = @la ") + (filter.AgeBand is null ? "" : $"AND {table}.age_band = @band");
}
