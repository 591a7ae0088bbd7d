using Employment.Core.Placements;
using Npgsql;
using NpgsqlTypes;

namespace Employment.Core.Interchange;

/// <summary>
/// Upserts the staged rows by source id with INSERT … ON CONFLICT (source_id) DO UPDATE … WHERE something
/// changed, so a second import of the same files writes nothing. Placements have no source id: one
/// placement is one (candidate, vacancy) pair, and an event is identified by (placement, type, date).
/// </summary>
internal sealed class DatasetLoader(NpgsqlConnection connection, NpgsqlTransaction transaction, ImportReport report, DateTimeOffset now, Guid? userId)
{
    public const string ConsentGiven = "Recorded in the council's own system before import";
    public const string ConsentWithdrawn = "Withdrawal recorded in the council's own system before import";

    private static readonly string[] Employers =
    [
        // A record made in the site has no source id; exported, it goes by its own id. Adopt that as its
        // source id so importing the export back into the same database updates it instead of copying it.
        """
        UPDATE employers t SET source_id = s.source_id FROM import_employers s
        WHERE t.source_id IS NULL AND replace(t.id::text, '-', '') = s.source_id
        """,
        """
        WITH up AS (
        INSERT INTO employers AS t (id, source_id, name, sector, dc_level, dc_valid_until, dc_since, adjustments_usually_offered, approval, approval_decided_at, created_at, updated_at)
        SELECT gen_random_uuid(), s.source_id, s.name, s.sector, s.dc_level, s.dc_valid_until,
            -- When the membership began, not when the employer reached the platform (decision 0061): given, or three years
            -- before it ends (a membership lasts three years), or else the day of the import.
            CASE WHEN s.dc_level = 'none' THEN NULL ELSE least(coalesce(s.dc_since, (s.dc_valid_until - interval '3 years')::date, @now::date), @now::date) END,
            '{}', 'approved', @now, @now, @now
        FROM import_employers s
        ON CONFLICT (source_id) DO UPDATE SET
        name = excluded.name, sector = excluded.sector, dc_level = excluded.dc_level, dc_valid_until = excluded.dc_valid_until,
        dc_since = CASE WHEN t.dc_level = excluded.dc_level THEN t.dc_since ELSE excluded.dc_since END,
        updated_at = excluded.updated_at
        WHERE (t.name, t.sector, t.dc_level, t.dc_valid_until) IS DISTINCT FROM (excluded.name, excluded.sector, excluded.dc_level, excluded.dc_valid_until)
        RETURNING xmax = 0 AS inserted)
        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up
        """,
    ];

    private static readonly string[] Vacancies =
    [
        // A record made in the site has no source id; exported, it goes by its own id. Adopt that as its
        // source id so importing the export back into the same database updates it instead of copying it.
        """
        UPDATE opportunities t SET source_id = s.source_id FROM import_vacancies s
        WHERE t.source_id IS NULL AND replace(t.id::text, '-', '') = s.source_id
        """,
        """
        WITH up AS (
        INSERT INTO opportunities AS t (id, source_id, employer_id, kind, title, soc_code, skills_required, adjustments_offered, hours_per_week,
        hourly_pay, pay_band, latitude, longitude, interview_guaranteed, posted_on, closes_on, created_at, updated_at)
        SELECT gen_random_uuid(), s.source_id, e.id, s.kind, s.title, s.soc_code, s.skills_required, s.adjustments_offered, s.hours_per_week,
        s.hourly_pay, s.pay_band, s.latitude, s.longitude, s.interview_guaranteed, s.posted_on, s.closes_on, @now, @now
        FROM import_vacancies s JOIN employers e ON e.source_id = s.employer_source_id
        ON CONFLICT (source_id) DO UPDATE SET
        employer_id = excluded.employer_id, kind = excluded.kind, title = excluded.title, soc_code = excluded.soc_code,
        skills_required = excluded.skills_required, adjustments_offered = excluded.adjustments_offered, hours_per_week = excluded.hours_per_week,
        hourly_pay = excluded.hourly_pay, pay_band = excluded.pay_band, latitude = excluded.latitude, longitude = excluded.longitude,
        interview_guaranteed = excluded.interview_guaranteed, posted_on = excluded.posted_on, closes_on = excluded.closes_on,
        updated_at = excluded.updated_at
        WHERE (t.employer_id, t.kind, t.title, t.soc_code, t.skills_required, t.adjustments_offered, t.hours_per_week, t.hourly_pay, t.pay_band,
        t.latitude, t.longitude, t.interview_guaranteed, t.posted_on, t.closes_on)
        IS DISTINCT FROM (excluded.employer_id, excluded.kind, excluded.title, excluded.soc_code, excluded.skills_required, excluded.adjustments_offered,
        excluded.hours_per_week, excluded.hourly_pay, excluded.pay_band, excluded.latitude, excluded.longitude, excluded.interview_guaranteed,
        excluded.posted_on, excluded.closes_on)
        RETURNING xmax = 0 AS inserted)
        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up
        """,
    ];

    // Consent that changes is re-recorded now, with how it was recorded; names stay empty (the format has none).
    private static readonly string[] Candidates =
    [
        // A record made in the site has no source id; exported, it goes by its own id. Adopt that as its
        // source id so importing the export back into the same database updates it instead of copying it.
        """
        UPDATE job_seekers t SET source_id = s.source_id FROM import_candidates s
        WHERE t.source_id IS NULL AND replace(t.id::text, '-', '') = s.source_id
        """,
        """
        CREATE TEMP TABLE import_consent_before ON COMMIT DROP AS
        SELECT j.id, j.consent_to_share FROM job_seekers j JOIN import_candidates s ON s.source_id = j.source_id
        """,
        """
        CREATE TEMP TABLE import_written (id uuid PRIMARY KEY, inserted boolean NOT NULL, consent boolean NOT NULL) ON COMMIT DROP
        """,
        """
        WITH up AS (
        INSERT INTO job_seekers AS t (id, source_id, coach_id, first_name, last_name, date_of_birth, home_latitude, home_longitude, local_authority_id,
        has_ehc_plan, long_term_support_for_learning_disability, aspirations, interests, skills, support_needs, travel_mode, travel_max_minutes,
        travel_training_needed, hours_min, hours_max, preferred_kinds, consent_to_share, consent_recorded_at, consent_explained_how, created_at, updated_at)
        SELECT gen_random_uuid(), s.source_id, NULL, '', '', s.date_of_birth, s.home_latitude, s.home_longitude, s.local_authority_id,
        s.has_ehc_plan, s.long_term_support, s.aspirations, s.interests, s.skills, s.support_needs, s.travel_mode, s.travel_max_minutes, false, s.hours_min, s.hours_max,
        s.preferred_kinds, s.consent_to_share, CASE WHEN s.consent_to_share THEN @now END, CASE WHEN s.consent_to_share THEN @given END,
        -- The day the person really joined (decision 0060): joined_on, else their first event in the file, never after today.
        least(coalesce(s.joined_on, (SELECT min(e.occurred_on) FROM import_events e WHERE e.candidate_source_id = s.source_id))::timestamp AT TIME ZONE 'UTC', @now),
        @now
        FROM import_candidates s
        ON CONFLICT (source_id) DO UPDATE SET
        date_of_birth = excluded.date_of_birth, home_latitude = excluded.home_latitude, home_longitude = excluded.home_longitude,
        local_authority_id = excluded.local_authority_id, has_ehc_plan = excluded.has_ehc_plan, aspirations = excluded.aspirations,
        long_term_support_for_learning_disability = excluded.long_term_support_for_learning_disability,
        created_at = CASE WHEN (excluded.created_at AT TIME ZONE 'UTC')::date < (t.created_at AT TIME ZONE 'UTC')::date THEN excluded.created_at ELSE t.created_at END,
        interests = excluded.interests, skills = excluded.skills, support_needs = excluded.support_needs, travel_mode = excluded.travel_mode,
        travel_max_minutes = excluded.travel_max_minutes, hours_min = excluded.hours_min, hours_max = excluded.hours_max,
        preferred_kinds = excluded.preferred_kinds, consent_to_share = excluded.consent_to_share,
        consent_recorded_at = CASE WHEN t.consent_to_share <> excluded.consent_to_share THEN @now ELSE t.consent_recorded_at END,
        consent_recorded_by_id = CASE WHEN t.consent_to_share <> excluded.consent_to_share THEN NULL ELSE t.consent_recorded_by_id END,
        consent_explained_how = CASE WHEN t.consent_to_share <> excluded.consent_to_share
        THEN CASE WHEN excluded.consent_to_share THEN @given ELSE @withdrawn END ELSE t.consent_explained_how END,
        updated_at = excluded.updated_at
        WHERE t.erased_at IS NULL
        AND (t.date_of_birth, t.home_latitude, t.home_longitude, t.local_authority_id, t.has_ehc_plan, t.aspirations, t.interests, t.skills,
        t.support_needs, t.travel_mode, t.travel_max_minutes, t.hours_min, t.hours_max, t.preferred_kinds, t.consent_to_share,
        t.long_term_support_for_learning_disability, t.created_at)
        IS DISTINCT FROM (excluded.date_of_birth, excluded.home_latitude, excluded.home_longitude, excluded.local_authority_id, excluded.has_ehc_plan,
        excluded.aspirations, excluded.interests, excluded.skills, excluded.support_needs, excluded.travel_mode, excluded.travel_max_minutes,
        excluded.hours_min, excluded.hours_max, excluded.preferred_kinds, excluded.consent_to_share,
        excluded.long_term_support_for_learning_disability,
        CASE WHEN (excluded.created_at AT TIME ZONE 'UTC')::date < (t.created_at AT TIME ZONE 'UTC')::date THEN excluded.created_at ELSE t.created_at END)
        RETURNING t.id, xmax = 0 AS inserted, t.consent_to_share)
        INSERT INTO import_written SELECT * FROM up
        """,
        """
        INSERT INTO consent_records (job_seeker_id, decision, given, decided_on, recorded_at, recorded_by_id, explained_how)
        SELECT w.id, CASE WHEN w.consent THEN 'agreed' ELSE 'withdrawn' END, w.consent, @now::date, @now, NULL,
            CASE WHEN w.consent THEN @given ELSE @withdrawn END
        FROM import_written w LEFT JOIN import_consent_before b ON b.id = w.id
        WHERE (w.inserted AND w.consent) OR (NOT w.inserted AND b.consent_to_share <> w.consent)
        """,
        """
        INSERT INTO audit_entries (at, user_id, action, job_seeker_id, detail)
        SELECT @now, @user, 'imported', w.id, @detail FROM import_written w
        """,
        """
        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM import_written
        """,
    ];

    // The oldest placement of a pair takes the events when people have also recorded it by hand.
    private static readonly string[] Placements =
    [
        """
        CREATE TEMP TABLE import_resolved ON COMMIT DROP AS
        SELECT j.id AS job_seeker_id, o.id AS opportunity_id, s.type, s.occurred_on, s.hours_per_week, s.hourly_pay, s.reason
        FROM import_events s
        JOIN job_seekers j ON j.source_id = s.candidate_source_id AND j.erased_at IS NULL
        JOIN opportunities o ON o.source_id = s.vacancy_source_id
        """,
        """
        INSERT INTO placements (id, job_seeker_id, opportunity_id, stage, created_at)
        SELECT gen_random_uuid(), p.job_seeker_id, p.opportunity_id, 'introduced', @now
        FROM (SELECT DISTINCT job_seeker_id, opportunity_id FROM import_resolved) p
        WHERE NOT EXISTS (SELECT 1 FROM placements x WHERE x.job_seeker_id = p.job_seeker_id AND x.opportunity_id = p.opportunity_id)
        """,
        """
        CREATE TEMP TABLE import_placements ON COMMIT DROP AS
        SELECT DISTINCT ON (x.job_seeker_id, x.opportunity_id) x.id AS placement_id, x.job_seeker_id, x.opportunity_id
        FROM placements x JOIN (SELECT DISTINCT job_seeker_id, opportunity_id FROM import_resolved) p
        ON p.job_seeker_id = x.job_seeker_id AND p.opportunity_id = x.opportunity_id
        ORDER BY x.job_seeker_id, x.opportunity_id, x.created_at, x.id
        """,
        """
        CREATE TEMP TABLE import_event_counts (inserted bigint, updated bigint) ON COMMIT DROP
        """,
        """
        WITH changed AS (
        UPDATE placement_events e SET hours_per_week = i.hours_per_week, hourly_pay = i.hourly_pay, reason = i.reason
        FROM import_resolved i JOIN import_placements p ON p.job_seeker_id = i.job_seeker_id AND p.opportunity_id = i.opportunity_id
        WHERE e.placement_id = p.placement_id AND e.type = i.type AND e.occurred_on = i.occurred_on
        AND (e.hours_per_week, e.hourly_pay, e.reason) IS DISTINCT FROM (i.hours_per_week, i.hourly_pay, i.reason)
        RETURNING e.id),
        added AS (
        INSERT INTO placement_events (placement_id, type, occurred_on, hours_per_week, hourly_pay, reason, recorded_by_id, recorded_at)
        SELECT p.placement_id, i.type, i.occurred_on, i.hours_per_week, i.hourly_pay, i.reason, @user, @now
        FROM import_resolved i JOIN import_placements p ON p.job_seeker_id = i.job_seeker_id AND p.opportunity_id = i.opportunity_id
        WHERE NOT EXISTS (SELECT 1 FROM placement_events e WHERE e.placement_id = p.placement_id AND e.type = i.type AND e.occurred_on = i.occurred_on)
        RETURNING id)
        INSERT INTO import_event_counts SELECT (SELECT count(*) FROM added), (SELECT count(*) FROM changed)
        """,
        """
        UPDATE placements x SET stage = latest.type
        FROM (
        SELECT DISTINCT ON (e.placement_id) e.placement_id, e.type
        FROM placement_events e JOIN import_placements p ON p.placement_id = e.placement_id
        WHERE e.type::text <> ALL(@keeps_stage)
        ORDER BY e.placement_id, e.occurred_on DESC, array_position(@order, e.type::text) DESC, e.id DESC) latest
        WHERE x.id = latest.placement_id AND x.stage IS DISTINCT FROM latest.type
        """,
        """
        SELECT inserted, updated FROM import_event_counts
        """,
    ];

    public async Task LoadAsync(Dataset data, CancellationToken ct)
    {
        await CountAsync(InterchangeFiles.Employers, Employers, data.Employers.Rows.Count, ct);
        await CountAsync(InterchangeFiles.Vacancies, Vacancies, data.Vacancies.Rows.Count, ct);
        await CountAsync(InterchangeFiles.Candidates, Candidates, data.Candidates.Rows.Count, ct);
        await CountAsync(InterchangeFiles.Placements, Placements, data.Placements.Rows.Count, ct);
    }

    private async Task CountAsync(string file, string[] statements, int staged, CancellationToken ct)
    {
        for (var i = 0; i < statements.Length - 1; i++)
        {
            await using var step = Command(statements[i]);
            await step.ExecuteNonQueryAsync(ct);
        }
        await using var command = Command(statements[^1]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var counts = report[file];
        counts.Added = reader.GetInt64(0);
        counts.Changed = reader.GetInt64(1);
        counts.Unchanged = staged - counts.Added - counts.Changed;
    }

    private NpgsqlCommand Command(string sql)
    {
        var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
        command.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Uuid) { Value = (object?)userId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("given", NpgsqlDbType.Varchar) { Value = ConsentGiven });
        command.Parameters.Add(new NpgsqlParameter("withdrawn", NpgsqlDbType.Varchar) { Value = ConsentWithdrawn });
        command.Parameters.Add(new NpgsqlParameter("detail", NpgsqlDbType.Varchar) { Value = $"import run {report.RunId}" });
        command.Parameters.Add(new NpgsqlParameter("order", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = Enum.GetValues<PlacementEventType>().Select(t => Data.SnakeCase.Of(t)).ToArray(),
        });
        // Changes to a started job (hours, pay, role, the employer's answers) are history, not stages.
        command.Parameters.Add(new NpgsqlParameter("keeps_stage", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = Enum.GetValues<PlacementEventType>().Where(PlacementPipeline.KeepsStage).Select(t => Data.SnakeCase.Of(t)).ToArray(),
        });
        return command;
    }
}
