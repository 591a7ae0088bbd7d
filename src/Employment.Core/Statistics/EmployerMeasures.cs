using Employment.Core.Data;
using Employment.Core.Employers;

namespace Employment.Core.Statistics;

/// <summary>Disability Confident measures: about approved employers, so the council and age filters do not apply.</summary>
public sealed class EmployerMeasures(EmploymentDbContext db)
{
    private static readonly DisabilityConfidentLevel[] MemberLevels = [DisabilityConfidentLevel.Committed, DisabilityConfidentLevel.Employer, DisabilityConfidentLevel.Leader];

    /// <summary>
    /// Members going into the next period, by level (membership began by the period's last day and still valid the day
    /// after); new when the current level began in the period (the membership's own start, not the day the employer
    /// joined the platform); lapsed when the membership's last valid day fell in the period, its last day included
    /// (decision 0061). So members at the start + new − lapsed = members at the end.
    /// </summary>
    public async Task<IReadOnlyList<DisabilityConfidentFigures>> DisabilityConfidentAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var q = new MeasureQuery(filter, periods, today);
        var sql = $"""
            WITH {MeasureQuery.Periods}
            SELECT pe.n, e.dc_level,
                count(*) FILTER (WHERE (e.dc_since IS NULL OR e.dc_since <= pe.to_on) AND (e.dc_valid_until IS NULL OR e.dc_valid_until > pe.to_on))::int,
                count(*) FILTER (WHERE e.dc_since BETWEEN pe.from_on AND pe.to_on)::int,
                count(*) FILTER (WHERE e.dc_valid_until BETWEEN pe.from_on AND pe.to_on)::int
            FROM pe CROSS JOIN employers e
            WHERE e.approval = 'approved' AND e.dc_level <> 'none' {q.DcLevel("e.dc_level")}
            GROUP BY pe.n, e.dc_level
            """;
        var found = await q.ReadAsync(db, sql, r => (N: r.GetInt32(0), Level: SnakeCase.Parse<DisabilityConfidentLevel>(r.GetString(1)),
            AtEnd: r.GetInt32(2), New: r.GetInt32(3), Lapsed: r.GetInt32(4)), ct);
        return periods.SelectMany((p, i) => MemberLevels.Where(l => filter.DcLevel is null || filter.DcLevel == l).Select(level =>
                found.Where(f => f.N == i + 1 && f.Level == level).Select(f => new DisabilityConfidentFigures(p, level, f.AtEnd, f.New, f.Lapsed)).SingleOrDefault()
                ?? new DisabilityConfidentFigures(p, level, 0, 0, 0)))
            .ToList();
    }

    /// <summary>Opportunities posted in the period, by the employer's Disability Confident level on the day they were posted.</summary>
    public async Task<IReadOnlyList<PostedFigures>> PostedByLevelAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var q = new MeasureQuery(filter, periods, today);
        var sql = $"""
            WITH {MeasureQuery.Periods},
            posted AS (
                SELECT pe.n, CASE WHEN e.dc_level <> 'none' AND (e.dc_since IS NULL OR e.dc_since <= o.posted_on)
                    AND (e.dc_valid_until IS NULL OR e.dc_valid_until >= o.posted_on) THEN e.dc_level ELSE 'none' END AS level
                FROM pe JOIN opportunities o ON o.posted_on BETWEEN pe.from_on AND pe.to_on
                JOIN employers e ON e.id = o.employer_id
                WHERE o.kind = ANY(@kinds))
            SELECT n, level, count(*)::int FROM posted WHERE TRUE {q.DcLevel("level")} GROUP BY n, level
            """;
        var found = await q.ReadAsync(db, sql, r => (N: r.GetInt32(0), Level: SnakeCase.Parse<DisabilityConfidentLevel>(r.GetString(1)), Posted: r.GetInt32(2)), ct);
        return periods.SelectMany((p, i) => Enum.GetValues<DisabilityConfidentLevel>().Where(l => filter.DcLevel is null || filter.DcLevel == l)
                .Select(level => new PostedFigures(p, level, found.Where(f => f.N == i + 1 && f.Level == level).Sum(f => f.Posted))))
            .ToList();
    }
}
