using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Statistics;

/// <summary>
/// Works out every outcome measure for every quarter and financial year, at the finest grain the dashboard's filters
/// need (council × age band × kind × Disability Confident level), and stores the answers in the <c>statistics_*</c>
/// tables in one transaction (decision 0027). The SQL is the live measures' own (<see cref="OutcomeMeasures"/>), grouped
/// instead of filtered, so the two cannot drift apart; a test compares them on every filter.
/// </summary>
public sealed class StatisticsSnapshotBuilder(EmploymentDbContext db, TimeProvider clock)
{
    // DELETE, not TRUNCATE: TRUNCATE would lock readers out until the build commits; with DELETE they read the last one.
    private const string DeleteLastBuild = """
        DELETE FROM statistics_job_seekers; DELETE FROM statistics_paid_work; DELETE FROM statistics_starts;
        DELETE FROM statistics_internships; DELETE FROM statistics_first_jobs;
        """;

    /// <summary>Builds again when the records changed since the last build, the day moved on, or the last build is an hour old.</summary>
    public async Task<StatisticsSnapshot?> RefreshAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var current = await StatisticsSnapshot.LatestAsync(db, ct);
        // A change made by a transaction still open when the version was read is only visible later: the hourly build catches it.
        if (current is not null && current.AsOf == today && current.Version == await VersionAsync(ct) && clock.GetUtcNow() - current.BuiltAt < TimeSpan.FromHours(1))
        {
            return null;
        }
        return await BuildAsync(today, ct);
    }

    public async Task<StatisticsSnapshot> BuildAsync(DateOnly today, CancellationToken ct = default)
    {
        var version = await VersionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var firstDay = (await MeasureQuery.ReadAsync(db, """
            SELECT least((SELECT min(started_on) FROM placement_spells), (SELECT min(created_at AT TIME ZONE 'UTC')::date FROM job_seekers))
            """, [], r => r.IsDBNull(0) ? today : r.GetFieldValue<DateOnly>(0), ct)).Single();
        var first = Period.QuarterContaining(firstDay < today ? firstDay : today);
        var last = Period.FinancialYearContaining(today);
        // Millions of (quarter, person) rows are grouped: room to do it in memory, and hashing rather than sorting to
        // total them up (PostgreSQL underestimates the groups and picks a sort that spills to disk, twice as slow).
        await db.Database.ExecuteSqlRawAsync("SET LOCAL work_mem = '256MB'; SET LOCAL enable_sort = off", ct);
        await db.Database.ExecuteSqlRawAsync(DeleteLastBuild, ct);
        var q = new MeasureQuery(StatisticsFilter.All, [new Period(first.From, last.To, "")], today);
        OutcomeMeasures.AddLivingWage(q, today);
        foreach (var sql in Statements(q.Spells))
        {
            await db.Database.ExecuteSqlRawAsync(sql, q.Parameters.Cast<object>(), ct);
        }
        var now = clock.GetUtcNow();
        var snapshot = new StatisticsSnapshot(now.AddTicks(-(now.Ticks % 10)), today, first.From, last.To, version); // PostgreSQL keeps microseconds
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO statistics_snapshot (id, built_at, as_of, first_quarter, last_end, version)
            VALUES (1, {snapshot.BuiltAt}, {snapshot.AsOf}, {snapshot.FirstQuarter}, {snapshot.LastEnd}, {snapshot.Version})
            ON CONFLICT (id) DO UPDATE SET built_at = EXCLUDED.built_at, as_of = EXCLUDED.as_of, first_quarter = EXCLUDED.first_quarter,
                last_end = EXCLUDED.last_end, version = EXCLUDED.version
            """, ct);
        await transaction.CommitAsync(ct);
        return snapshot;
    }

    /// <summary>The change counter: triggers on placement spells and job seekers move it on (migration EmploymentSchema).</summary>
    private async Task<long> VersionAsync(CancellationToken ct) =>
        (await MeasureQuery.ReadAsync(db, "SELECT last_value FROM statistics_changes", [], r => r.GetInt64(0), ct)).Single();

    private const string Quarters = """
        quarters AS (
            SELECT d::date AS from_on, (d + interval '3 months' - interval '1 day')::date AS to_on
            FROM generate_series(@first::timestamp, @last::timestamp, interval '3 months') AS d)
        """;

    /// <summary>The quarter and the financial year holding <paramref name="day"/>, as rows <c>p(from_on, to_on)</c>: no join against a list of periods.</summary>
    private static string PeriodsHolding(string day) => $"""
        CROSS JOIN LATERAL (VALUES
            (date_trunc('quarter', {day})::date, (date_trunc('quarter', {day}) + interval '3 months' - interval '1 day')::date),
            (make_date(extract(year FROM {day} - interval '3 months')::int, 4, 1), (make_date(extract(year FROM {day} - interval '3 months')::int, 4, 1) + interval '1 year' - interval '1 day')::date)
        ) AS p(from_on, to_on)
        """;

    private static string Band(string dateOfBirth, string onDay) => MeasureQuery.AgeBandCode(dateOfBirth, onDay);

    /// <summary>"All kinds" and "all levels" are stored as their own rows ('' in the column), since one person can count under several.</summary>
    private static string EachFilterCombination(string person) =>
        $"GROUPING SETS (({person}), ({person}, kind), ({person}, dc_level), ({person}, kind, dc_level))";

    /// <summary>The statements that fill the tables, reading spells through the live measures' own <paramref name="spells"/> CTE.</summary>
    private static IEnumerable<string> Statements(string spells)
    {
        // Active on the caseload (ActiveCaseload): on a quarter's last day, a day in the twelve months up to it is a day in that
        // quarter or the three before, so each person's joining and placement events need only be reduced to their quarters.
        yield return $"""
            WITH {Quarters},
            touched AS (
                SELECT p.job_seeker_id AS person, date_trunc('quarter', e.occurred_on) AS q
                FROM placement_events e JOIN placements p ON p.id = e.placement_id
                WHERE e.occurred_on <= @last
                GROUP BY 1, 2
                UNION
                SELECT j.id, date_trunc('quarter', (j.created_at AT TIME ZONE 'UTC')::date) FROM job_seekers j),
            active AS (
                SELECT t.person, (t.q + make_interval(months => 3 * k + 3) - interval '1 day')::date AS period_end
                FROM touched t CROSS JOIN generate_series(0, 3) AS k
                UNION
                SELECT s.job_seeker_id, (q + interval '3 months' - interval '1 day')::date
                FROM placement_spells s
                CROSS JOIN LATERAL generate_series(date_trunc('quarter', s.started_on),
                    least(coalesce(date_trunc('quarter', s.ended_on) - interval '3 months', @last::timestamp), @last::timestamp), interval '3 months') AS q
                WHERE s.started_on <= @last)
            INSERT INTO statistics_job_seekers (period_end, local_authority_id, age_band, job_seekers, active, ascof_people)
            SELECT q.to_on, j.local_authority_id, {Band("j.date_of_birth", "q.to_on")}, count(*), count(a.person),
                count(*) FILTER (WHERE j.long_term_support_for_learning_disability AND {ActiveCaseload.Aged18To64("j.date_of_birth", "q.to_on")})
            FROM quarters q JOIN job_seekers j ON j.created_at < (q.to_on + 1)::timestamp AT TIME ZONE 'UTC'
            LEFT JOIN active a ON a.person = j.id AND a.period_end = q.to_on
            GROUP BY 1, 2, 3
            """;
        // In paid work: each person's paid hours in force on each quarter's last day, once per kind and level they work in and
        // once for all, so two jobs at once count once and their hours add up, whatever the filter.
        yield return $"""
            WITH {spells}, {MeasureQuery.Worked},
            working AS (
                SELECT d.period_end, s.person, s.council, {Band("s.date_of_birth", "d.period_end")} AS band, s.kind, s.dc_level, coalesce(s.hours, 0) AS hours
                FROM worked s
                -- The quarters whose last day the work period covers: from the one it began in to the one before it stopped.
                CROSS JOIN LATERAL generate_series(date_trunc('quarter', s.from_on),
                    least(coalesce(date_trunc('quarter', s.to_on) - interval '3 months', @last::timestamp), @last::timestamp), interval '3 months') AS q
                CROSS JOIN LATERAL (SELECT (q + interval '3 months' - interval '1 day')::date AS period_end) d
                WHERE s.kind = ANY(@paid)),
            people AS (
                SELECT period_end, person, council, band, coalesce(kind, '') AS kind, coalesce(dc_level, '') AS dc_level, sum(hours) AS hours
                FROM working GROUP BY {EachFilterCombination("period_end, person, council, band")})
            INSERT INTO statistics_paid_work (period_end, local_authority_id, age_band, kind, dc_level, in_paid_work, hours_16_or_more, ascof_in_paid_work)
            SELECT period_end, council, band, kind, dc_level, count(*), count(*) FILTER (WHERE hours >= 16),
                count(*) FILTER (WHERE j.long_term_support_for_learning_disability AND {ActiveCaseload.Aged18To64("j.date_of_birth", "period_end")})
            FROM people JOIN job_seekers j ON j.id = people.person GROUP BY 1, 2, 3, 4, 5
            """;
        var sustained = string.Join(",\n", OutcomeMeasures.SustainmentWeeks.Select(w =>
            $"count(*) FILTER (WHERE s.started_on + {7 * w} <= @today), count(*) FILTER (WHERE s.started_on + {7 * w} <= @today AND {OutcomeMeasures.StillGoingAt(w)})"));
        yield return $"""
            WITH {spells}, {OutcomeMeasures.LivingWage}
            INSERT INTO statistics_starts (period_from, period_to, local_authority_id, age_band, kind, dc_level, starts,
                counted_13, sustained_13, counted_26, sustained_26, counted_52, sustained_52, outcomes_counted, outcomes)
            SELECT p.from_on, p.to_on, s.council, {Band("s.date_of_birth", "p.to_on")}, s.kind, s.dc_level, count(*),
                {sustained},
                count(*) FILTER (WHERE s.started_on + 182 <= @today),
                count(*) FILTER (WHERE s.started_on + 182 <= @today AND s.kind = ANY(@paid) AND {OutcomeMeasures.ReachesJobOutcome})
            FROM spells s {PeriodsHolding("s.started_on")}
            GROUP BY 1, 2, 3, 4, 5, 6
            """;
        yield return $"""
            WITH {spells}
            INSERT INTO statistics_internships (period_from, period_to, local_authority_id, age_band, dc_level,
                finished, completed, counted_6, converted_6, counted_12, converted_12)
            SELECT p.from_on, p.to_on, s.council, {Band("s.date_of_birth", "p.to_on")}, s.dc_level, {OutcomeMeasures.InternshipCounts}
            FROM spells s {PeriodsHolding("s.ended_on")}
            {OutcomeMeasures.InternshipCompletion}
            WHERE s.kind = 'supported_internship' AND s.ended_on IS NOT NULL
            GROUP BY 1, 2, 3, 4, 5
            """;
        // Each person's first paid job, overall and of each kind and level (the filters ask "first paid job of this kind").
        yield return $"""
            WITH {spells},
            firsts_by_kind AS (
                SELECT s.person, s.council, s.date_of_birth, s.kind, s.dc_level, min(s.started_on) AS first_on, min(s.joined_on) AS joined_on
                FROM spells s WHERE s.kind = ANY(@paid)
                GROUP BY 1, 2, 3, 4, 5),
            firsts AS (
                SELECT council, date_of_birth, coalesce(kind, '') AS kind, coalesce(dc_level, '') AS dc_level, min(first_on) AS first_on, min(joined_on) AS joined_on
                FROM firsts_by_kind GROUP BY {EachFilterCombination("person, council, date_of_birth")})
            INSERT INTO statistics_first_jobs (period_from, period_to, local_authority_id, age_band, kind, dc_level, days)
            SELECT p.from_on, p.to_on, f.council, {Band("f.date_of_birth", "p.to_on")}, f.kind, f.dc_level, array_agg(f.first_on - f.joined_on)
            FROM firsts f {PeriodsHolding("f.first_on")}
            WHERE f.first_on >= f.joined_on
            GROUP BY 1, 2, 3, 4, 5, 6
            """;
    }
}
