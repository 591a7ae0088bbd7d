using Employment.Core.Data;
using Employment.Core.Opportunities;
using Npgsql;
using NpgsqlTypes;

namespace Employment.Core.Interchange;

/// <summary>
/// Temporary tables (dropped at commit) filled with binary COPY, from which the upserts run set-based.
/// Column types match the target columns, so numbers are rounded exactly as the real columns round them
/// and a second import compares equal.
/// </summary>
internal static class StagingTables
{
    private const string Create = """
        CREATE TEMP TABLE import_employers (source_id varchar(64) PRIMARY KEY, name varchar(200) NOT NULL, sector varchar(200),
            dc_level varchar(32) NOT NULL, dc_valid_until date, dc_since date) ON COMMIT DROP;
        CREATE TEMP TABLE import_vacancies (source_id varchar(64) PRIMARY KEY, employer_source_id varchar(64) NOT NULL, title varchar(200) NOT NULL,
            kind varchar(32) NOT NULL, soc_code varchar(4) NOT NULL, skills_required text[] NOT NULL, adjustments_offered text[] NOT NULL,
            hours_per_week numeric(4,1) NOT NULL, hourly_pay numeric(6,2), pay_band varchar(32), latitude double precision NOT NULL,
            longitude double precision NOT NULL, interview_guaranteed boolean NOT NULL, posted_on date NOT NULL, closes_on date) ON COMMIT DROP;
        CREATE TEMP TABLE import_candidates (source_id varchar(64) PRIMARY KEY, date_of_birth date NOT NULL, local_authority_id integer NOT NULL,
            home_latitude double precision NOT NULL, home_longitude double precision NOT NULL, has_ehc_plan boolean NOT NULL, aspirations varchar(2000),
            interests text[] NOT NULL, skills text[] NOT NULL, support_needs text[] NOT NULL, travel_mode varchar(32) NOT NULL,
            travel_max_minutes integer NOT NULL, hours_min numeric(4,1) NOT NULL, hours_max numeric(4,1) NOT NULL, preferred_kinds text[] NOT NULL,
            consent_to_share boolean NOT NULL, joined_on date, long_term_support boolean NOT NULL) ON COMMIT DROP;
        CREATE TEMP TABLE import_events (candidate_source_id varchar(64) NOT NULL, vacancy_source_id varchar(64) NOT NULL, type varchar(32) NOT NULL,
            occurred_on date NOT NULL, hours_per_week numeric(4,1), hourly_pay numeric(6,2), reason varchar(500)) ON COMMIT DROP;
        """;

    public static async Task FillAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Dataset data, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand(Create, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        await CopyAsync(connection, "import_employers (source_id, name, sector, dc_level, dc_valid_until, dc_since)", data.Employers.Rows, async (w, r) =>
        {
            await w.WriteAsync(r.Id, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.Name, NpgsqlDbType.Varchar, ct);
            await w.WriteOrNullAsync(r.Sector, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.DcLevel, NpgsqlDbType.Varchar, ct);
            await w.WriteOrNullAsync(r.DcValidUntil, NpgsqlDbType.Date, ct);
            await w.WriteOrNullAsync(r.DcSince, NpgsqlDbType.Date, ct);
        }, ct);
        await CopyAsync(connection, "import_vacancies (source_id, employer_source_id, title, kind, soc_code, skills_required, adjustments_offered, hours_per_week, hourly_pay, pay_band, latitude, longitude, interview_guaranteed, posted_on, closes_on)",
            data.Vacancies.Rows, async (w, r) =>
            {
                await w.WriteAsync(r.Id, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.EmployerId, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Title, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(SnakeCase.Of(r.Kind), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.SocCode, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.SkillsRequired, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await w.WriteAsync(r.AdjustmentsOffered, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await w.WriteAsync(r.HoursPerWeek, NpgsqlDbType.Numeric, ct);
                await w.WriteOrNullAsync(r.HourlyPay, NpgsqlDbType.Numeric, ct);
                await w.WriteOrNullAsync(PayBandFor(r.Kind), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Latitude, NpgsqlDbType.Double, ct);
                await w.WriteAsync(r.Longitude, NpgsqlDbType.Double, ct);
                await w.WriteAsync(r.InterviewGuaranteed, NpgsqlDbType.Boolean, ct);
                await w.WriteAsync(r.PostedOn, NpgsqlDbType.Date, ct);
                await w.WriteOrNullAsync(r.ClosesOn, NpgsqlDbType.Date, ct);
            }, ct);
        await CopyAsync(connection, "import_candidates (source_id, date_of_birth, local_authority_id, home_latitude, home_longitude, has_ehc_plan, aspirations, interests, skills, support_needs, travel_mode, travel_max_minutes, hours_min, hours_max, preferred_kinds, consent_to_share, joined_on, long_term_support)",
            data.Candidates.Rows, async (w, r) =>
            {
                await w.WriteAsync(r.Id, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.DateOfBirth, NpgsqlDbType.Date, ct);
                await w.WriteAsync(r.LocalAuthorityId, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(r.Latitude, NpgsqlDbType.Double, ct);
                await w.WriteAsync(r.Longitude, NpgsqlDbType.Double, ct);
                await w.WriteAsync(r.HasEhcPlan, NpgsqlDbType.Boolean, ct);
                await w.WriteOrNullAsync(r.Aspirations, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Interests, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await w.WriteAsync(r.Skills, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await w.WriteAsync(r.SupportNeeds, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await w.WriteAsync(r.TravelMode, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.TravelMaxMinutes, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(r.HoursMin, NpgsqlDbType.Numeric, ct);
                await w.WriteAsync(r.HoursMax, NpgsqlDbType.Numeric, ct);
                await w.WriteAsync(r.PreferredKinds, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await w.WriteAsync(r.ConsentToShare, NpgsqlDbType.Boolean, ct);
                await w.WriteOrNullAsync(r.JoinedOn, NpgsqlDbType.Date, ct);
                await w.WriteAsync(r.LongTermSupportForLearningDisability, NpgsqlDbType.Boolean, ct);
            }, ct);
        await CopyAsync(connection, "import_events (candidate_source_id, vacancy_source_id, type, occurred_on, hours_per_week, hourly_pay, reason)",
            data.Placements.Rows, async (w, r) =>
            {
                await w.WriteAsync(r.CandidateId, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.VacancyId, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(SnakeCase.Of(r.Event), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Date, NpgsqlDbType.Date, ct);
                await w.WriteOrNullAsync(r.HoursPerWeek, NpgsqlDbType.Numeric, ct);
                await w.WriteOrNullAsync(r.HourlyPay, NpgsqlDbType.Numeric, ct);
                await w.WriteOrNullAsync(r.Reason, NpgsqlDbType.Varchar, ct);
            }, ct);
        await using var analyse = new NpgsqlCommand("ANALYZE import_employers, import_vacancies, import_candidates, import_events", connection, transaction);
        await analyse.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Imported pay is for adults unless the kind is an apprenticeship; unpaid kinds have no band.</summary>
    public static string? PayBandFor(OpportunityKind kind) =>
        !kind.IsPaid() ? null : SnakeCase.Of(kind == OpportunityKind.Apprenticeship ? PayBand.Apprentice : PayBand.Age21AndOver);

    private static Task CopyAsync<T>(NpgsqlConnection connection, string target, IReadOnlyList<T> rows, Func<NpgsqlBinaryImporter, T, Task> write, CancellationToken ct) =>
        rows.Count == 0 ? Task.CompletedTask : BinaryCopy.CopyAsync(connection, target, rows, write, ct);
}
