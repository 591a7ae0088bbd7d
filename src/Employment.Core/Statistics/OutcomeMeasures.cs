using Employment.Core.Data;
using Employment.Core.Opportunities;
using Npgsql;
using NpgsqlTypes;

namespace Employment.Core.Statistics;

/// <summary>
/// Each measure computed from placement facts, for one or more periods at once (a headline figure, or a trend by
/// quarter). See the definitions page for what counts.
/// </summary>
public sealed class OutcomeMeasures(EmploymentDbContext db) : IOutcomeMeasures
{
    /// <summary>
    /// People in paid work on the period's last day (any paid hours; two jobs at once count once, hours added), with the
    /// hours in force that day; not counted from the day an employer said they no longer work there until a later fact.
    /// </summary>
    /// <remarks>
    /// One pass over the spells for all periods: a row per person with their paid hours on each period's last day (null
    /// when not working then), and one pass over job seekers for the denominators. Joining spells to periods instead
    /// made a row per person and period, hundreds of thousands of groups on a large history.
    /// </remarks>
    public async Task<IReadOnlyList<PaidWorkFigures>> InPaidWorkAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var q = new MeasureQuery(filter, periods, today);
        var ks = Enumerable.Range(1, periods.Count).ToList();
        string End(int k) => $"(@tos)[{k}]";
        var hours = string.Join(",\n", ks.Select(k =>
            $"sum(coalesce(s.hours, 0)) FILTER (WHERE s.from_on <= {End(k)} AND (s.to_on IS NULL OR s.to_on > {End(k)}) {q.Age("s.date_of_birth", End(k))}) AS h{k}"));
        string Joined(int k) => $"j.created_at < ({End(k)} + 1)::timestamp AT TIME ZONE 'UTC' {q.Age("j.date_of_birth", End(k))}";
        var seekers = string.Join(",\n", ks.Select(k => $"count(*) FILTER (WHERE {Joined(k)})::int AS j{k}")
            .Concat(ks.Select(k => $"count(*) FILTER (WHERE {Joined(k)} AND ({ActiveCaseload.Within("(j.created_at AT TIME ZONE 'UTC')::date", End(k))} OR a.a{k}))::int AS a{k}"))
            .Concat(ks.Select(k => $"count(*) FILTER (WHERE {Joined(k)} AND j.long_term_support_for_learning_disability AND {ActiveCaseload.Aged18To64("j.date_of_birth", End(k))})::int AS l{k}")));
        var touched = string.Join(", ", ks.Select(k => $"{ActiveCaseload.Within("e.occurred_on", End(k))} AS a{k}"));
        var placed = string.Join(", ", ks.Select(k => $"(sp.started_on <= {End(k)} AND (sp.ended_on IS NULL OR sp.ended_on > {End(k)})) AS a{k}"));
        var counts = string.Join(",\n", ks.Select(k => $"count(w.h{k})::int, (count(*) FILTER (WHERE w.h{k} >= 16))::int, " +
            $"(count(w.h{k}) FILTER (WHERE jw.long_term_support_for_learning_disability AND {ActiveCaseload.Aged18To64("jw.date_of_birth", End(k))}))::int"));
        var sql = $"""
            WITH {q.Spells}, {MeasureQuery.Worked},
            working AS (
                SELECT s.person, {hours}
                FROM worked s WHERE s.kind = ANY(@paid)
                GROUP BY s.person),
            activity AS (
                SELECT x.person, {string.Join(", ", ks.Select(k => $"bool_or(x.a{k}) AS a{k}"))}
                FROM (SELECT p.job_seeker_id AS person, {touched} FROM placement_events e JOIN placements p ON p.id = e.placement_id WHERE e.occurred_on <= @last
                      UNION ALL
                      SELECT sp.job_seeker_id, {placed} FROM placement_spells sp WHERE sp.started_on <= @last) x
                GROUP BY x.person),
            seekers AS (
                SELECT {seekers}
                FROM job_seekers j LEFT JOIN activity a ON a.person = j.id WHERE TRUE {q.Council("j")})
            SELECT seekers.*, {counts}
            FROM seekers LEFT JOIN working w ON TRUE LEFT JOIN job_seekers jw ON jw.id = w.person
            GROUP BY {string.Join(", ", ks.Select(k => $"seekers.j{k}, seekers.a{k}, seekers.l{k}"))}
            """;
        var n = periods.Count;
        var row = (await q.ReadAsync(db, sql, r => Enumerable.Range(0, 6 * n).Select(r.GetInt32).ToArray(), ct)).Single();
        return periods.Select((p, i) => new PaidWorkFigures(p, row[i], row[3 * n + 3 * i], row[3 * n + 3 * i + 1], row[n + i], row[2 * n + i], row[3 * n + 3 * i + 2])).ToList();
    }

    /// <summary>Placements started in the period, by kind of opportunity (every kind; "jobs" are the paid kinds).</summary>
    public async Task<IReadOnlyList<StartFigures>> StartsAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var q = new MeasureQuery(filter, periods, today);
        var sql = $"""
            WITH {q.Spells}
            SELECT s.kind, {string.Join(", ", q.PeriodNumbers.Select(k => $"count(*) FILTER (WHERE {q.In(k, "s.started_on", "s.date_of_birth")})::int"))}
            FROM spells s
            WHERE s.kind = ANY(@kinds) AND s.started_on >= @first
            GROUP BY s.kind
            """;
        var found = await q.ReadAsync(db, sql, r => (Kind: SnakeCase.Parse<OpportunityKind>(r.GetString(0)), Starts: periods.Select((_, i) => r.GetInt32(i + 1)).ToArray()), ct);
        return periods.SelectMany((p, i) => Enum.GetValues<OpportunityKind>()
                .Select(k => new StartFigures(p, k, found.Where(f => f.Kind == k).Sum(f => f.Starts[i]))))
            .ToList();
    }

    /// <summary>
    /// Paid jobs started in the period still going 13, 26 and 52 weeks after the start, out of those started long
    /// enough ago (by <paramref name="today"/>) to be counted.
    /// </summary>
    public async Task<IReadOnlyList<SustainmentFigures>> SustainedAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var q = new MeasureQuery(filter, periods, today);
        var counts = q.PeriodNumbers.SelectMany(k => SustainmentWeeks.SelectMany(weeks => new[]
        {
            $"count(*) FILTER (WHERE {q.In(k, "s.started_on", "s.date_of_birth")} AND s.started_on + {7 * weeks} <= @today)::int",
            $"count(*) FILTER (WHERE {q.In(k, "s.started_on", "s.date_of_birth")} AND s.started_on + {7 * weeks} <= @today AND {StillGoingAt(weeks)})::int",
        }));
        var sql = $"""
            WITH {q.Spells}
            SELECT {string.Join(",\n", counts)}
            FROM spells s
            WHERE s.kind = ANY(@paid) AND s.started_on >= @first
            """;
        var row = (await q.ReadAsync(db, sql, r => Enumerable.Range(0, r.FieldCount).Select(r.GetInt32).ToArray(), ct)).Single();
        return periods.SelectMany((p, i) => SustainmentWeeks.Select((weeks, w) =>
                new SustainmentFigures(p, weeks, row[2 * (i * SustainmentWeeks.Length + w)], row[2 * (i * SustainmentWeeks.Length + w) + 1])))
            .ToList();
    }

    public static readonly int[] SustainmentWeeks = [13, 26, 52];

    /// <summary>
    /// DWP-style job outcomes: paid jobs started in the period whose pay over the first 26 weeks (hours × hourly pay ×
    /// weeks in the job, up to 26) reached 16 hours a week for 26 weeks at the National Living Wage on the start day.
    /// </summary>
    public async Task<IReadOnlyList<JobOutcomeFigures>> JobOutcomesAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var q = new MeasureQuery(filter, periods, today);
        AddLivingWage(q, today);
        var sql = $"""
            WITH {MeasureQuery.Periods}, {q.Spells}, {LivingWage}
            SELECT pe.n, count(*)::int, count(*) FILTER (WHERE {ReachesJobOutcome})::int
            FROM pe JOIN spells s ON s.started_on BETWEEN pe.from_on AND pe.to_on
            WHERE s.kind = ANY(@paid) AND s.started_on + 182 <= @today {q.Age("s.date_of_birth", "pe.to_on")}
            GROUP BY pe.n
            """;
        var found = await q.ReadAsync(db, sql, r => (N: r.GetInt32(0), Counted: r.GetInt32(1), Outcomes: r.GetInt32(2)), ct);
        return periods.Select((p, i) => found.Where(f => f.N == i + 1).Select(f => new JobOutcomeFigures(p, f.Counted, f.Outcomes)).SingleOrDefault()
            ?? new JobOutcomeFigures(p, 0, 0)).ToList();
    }

    /// <summary>
    /// Supported internships that ended in the period; completed when they ran their planned length (two weeks' grace);
    /// converted when the person started paid work with any employer, after the internship began, within 6 or 12
    /// months of its end. Conversions are counted only once that long has passed.
    /// </summary>
    public async Task<IReadOnlyList<InternshipFigures>> InternshipsAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var q = new MeasureQuery(filter with { Kind = null }, periods, today);
        var sql = $"""
            WITH {MeasureQuery.Periods}, {q.Spells}
            SELECT pe.n, {InternshipCounts}
            FROM pe JOIN spells s ON s.ended_on BETWEEN pe.from_on AND pe.to_on
            {InternshipCompletion}
            WHERE s.kind = 'supported_internship' {q.Age("s.date_of_birth", "pe.to_on")}
            GROUP BY pe.n
            """;
        var found = await q.ReadAsync(db, sql, r => (N: r.GetInt32(0), Figures: new InternshipFigures(periods[r.GetInt32(0) - 1],
            r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6))), ct);
        return periods.Select((p, i) => found.Where(f => f.N == i + 1).Select(f => f.Figures).SingleOrDefault() ?? new InternshipFigures(p, 0, 0, 0, 0, 0, 0)).ToList();
    }

    /// <summary>
    /// The median number of days from joining the service to the first paid job, for people whose first paid job
    /// (ever, on record) started in the period. Jobs that began before the person joined are left out.
    /// </summary>
    public async Task<IReadOnlyList<FirstJobFigures>> TimeToFirstJobAsync(StatisticsFilter filter, IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct = default)
    {
        var q = new MeasureQuery(filter, periods, today);
        var sql = $"""
            WITH {MeasureQuery.Periods}, {q.Spells},
            firsts AS (
                SELECT s.person, min(s.started_on) AS first_on, min(s.joined_on) AS joined_on, min(s.date_of_birth) AS date_of_birth
                FROM spells s WHERE s.kind = ANY(@paid) GROUP BY s.person)
            SELECT pe.n, count(f.person)::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY f.first_on - f.joined_on)
            FROM pe LEFT JOIN firsts f ON f.first_on BETWEEN pe.from_on AND pe.to_on AND f.first_on >= f.joined_on {q.Age("f.date_of_birth", "pe.to_on")}
            GROUP BY pe.n ORDER BY pe.n
            """;
        return await q.ReadAsync(db, sql, r => new FirstJobFigures(periods[r.GetInt32(0) - 1], r.GetInt32(1), r.IsDBNull(2) ? null : r.GetDouble(2)), ct);
    }

    /// <summary>Parameters for <see cref="LivingWage"/>: the National Living Wage from each April.</summary>
    internal static void AddLivingWage(MeasureQuery q, DateOnly today)
    {
        var aprils = Enumerable.Range(2000, today.Year - 1999).Select(y => new DateOnly(y, 4, 1)).ToArray();
        q.Add("nlw_from", NpgsqlDbType.Array | NpgsqlDbType.Date, aprils);
        q.Add("nlw_rate", NpgsqlDbType.Array | NpgsqlDbType.Numeric, aprils.Select(MinimumWage.NationalLivingWage).ToArray());
    }

    internal const string LivingWage = "nlw AS (SELECT * FROM unnest(@nlw_from, @nlw_rate) AS v(from_on, rate))";

    /// <summary>For spell <c>s</c>: pay over the first 26 weeks reached 16 hours a week at the living wage of the start day.</summary>
    internal const string ReachesJobOutcome = """
        coalesce(s.hours, 0) * coalesce(s.pay, 0) * least(26, (coalesce(s.ended_on, s.started_on + 182) - s.started_on) / 7.0)
            >= 16 * 26 * coalesce((SELECT v.rate FROM nlw v WHERE v.from_on <= s.started_on ORDER BY v.from_on DESC LIMIT 1), (SELECT min(rate) FROM nlw))
        """;

    /// <summary>
    /// For internship spell <c>s</c>: <c>c.completed</c>; <c>c.first_job</c>, the first paid start (paid job or
    /// apprenticeship: never a traineeship) with any employer after it began; and <c>c.counted</c>, the internships the
    /// conversion rate is over: the completed ones and those left early for a paid job starting within 14 days of the
    /// end, which count as converted (decision 0059).
    /// </summary>
    internal const string InternshipCompletion = """
        CROSS JOIN LATERAL (SELECT
            s.length_months IS NULL OR s.ended_on >= s.started_on + make_interval(months => s.length_months) - interval '14 days' AS completed,
            (SELECT min(js.started_on) FROM placement_spells js
             WHERE js.job_seeker_id = s.person AND js.kind = ANY(@paid_any) AND js.started_on >= s.started_on) AS first_job) c0
        CROSS JOIN LATERAL (SELECT c0.completed, c0.first_job,
            c0.completed OR c0.first_job <= s.ended_on + 14 AS counted) c
        """;

    /// <summary>Ended, completed, counted and converted at 6 and at 12 months: the columns of <see cref="InternshipFigures"/>.</summary>
    internal const string InternshipCounts = """
        count(*)::int, count(*) FILTER (WHERE c.completed)::int,
            count(*) FILTER (WHERE c.counted AND s.ended_on + interval '6 months' <= @today)::int,
            count(*) FILTER (WHERE c.counted AND s.ended_on + interval '6 months' <= @today AND c.first_job <= s.ended_on + interval '6 months')::int,
            count(*) FILTER (WHERE c.counted AND s.ended_on + interval '12 months' <= @today)::int,
            count(*) FILTER (WHERE c.counted AND s.ended_on + interval '12 months' <= @today AND c.first_job <= s.ended_on + interval '12 months')::int
        """;

    /// <summary>For spell <c>s</c>: still in the job <paramref name="weeks"/> weeks after the start.</summary>
    internal static string StillGoingAt(int weeks) => $"(s.ended_on IS NULL OR s.ended_on >= s.started_on + {7 * weeks})";

}
