using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue6StatisticsSnapshot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The statistics snapshot (decision 0027): answers worked out for every quarter and financial year at the finest
            // grain of the dashboard's filters, rebuilt by StatisticsSnapshotBuilder in one transaction. '' in kind or
            // dc_level means "all" (a person can count under several kinds at once, so "all" is not the sum of the parts).
            // statistics_first_jobs keeps each person's days from joining to a first paid job (a median does not add up).
            // Not EF entities: only that builder writes them and only SnapshotMeasures reads them, both in SQL.
            migrationBuilder.Sql("""
                CREATE TABLE statistics_snapshot (
                    id integer PRIMARY KEY CHECK (id = 1),
                    built_at timestamptz NOT NULL,
                    as_of date NOT NULL,
                    first_quarter date NOT NULL,
                    last_end date NOT NULL,
                    version bigint NOT NULL);
                CREATE TABLE statistics_job_seekers (
                    period_end date NOT NULL, local_authority_id integer NOT NULL, age_band smallint NOT NULL,
                    job_seekers integer NOT NULL);
                CREATE INDEX ix_statistics_job_seekers ON statistics_job_seekers (period_end);
                CREATE TABLE statistics_paid_work (
                    period_end date NOT NULL, local_authority_id integer NOT NULL, age_band smallint NOT NULL,
                    kind varchar(32) NOT NULL, dc_level varchar(32) NOT NULL,
                    in_paid_work integer NOT NULL, hours_16_or_more integer NOT NULL);
                CREATE INDEX ix_statistics_paid_work ON statistics_paid_work (period_end, kind, dc_level);
                CREATE TABLE statistics_starts (
                    period_from date NOT NULL, period_to date NOT NULL, local_authority_id integer NOT NULL, age_band smallint NOT NULL,
                    kind varchar(32) NOT NULL, dc_level varchar(32) NOT NULL, starts integer NOT NULL,
                    counted_13 integer NOT NULL, sustained_13 integer NOT NULL, counted_26 integer NOT NULL, sustained_26 integer NOT NULL,
                    counted_52 integer NOT NULL, sustained_52 integer NOT NULL, outcomes_counted integer NOT NULL, outcomes integer NOT NULL);
                CREATE INDEX ix_statistics_starts ON statistics_starts (period_from, period_to);
                CREATE TABLE statistics_internships (
                    period_from date NOT NULL, period_to date NOT NULL, local_authority_id integer NOT NULL, age_band smallint NOT NULL,
                    dc_level varchar(32) NOT NULL, finished integer NOT NULL, completed integer NOT NULL,
                    counted_6 integer NOT NULL, converted_6 integer NOT NULL, counted_12 integer NOT NULL, converted_12 integer NOT NULL);
                CREATE INDEX ix_statistics_internships ON statistics_internships (period_from, period_to);
                CREATE TABLE statistics_first_jobs (
                    period_from date NOT NULL, period_to date NOT NULL, local_authority_id integer NOT NULL, age_band smallint NOT NULL,
                    kind varchar(32) NOT NULL, dc_level varchar(32) NOT NULL, days integer[] NOT NULL);
                CREATE INDEX ix_statistics_first_jobs ON statistics_first_jobs (period_from, period_to, kind, dc_level);

                -- Moved on by every statement that changes spells or job seekers, so the refresh job builds again only
                -- after a change. A sequence, not a counter row: it takes no lock, so writers never wait on each other.
                CREATE SEQUENCE statistics_changes;
                CREATE FUNCTION note_statistics_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM nextval('statistics_changes');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER statistics_follow_spells AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON placement_spells
                    FOR EACH STATEMENT EXECUTE FUNCTION note_statistics_change();
                CREATE TRIGGER statistics_follow_job_seekers AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON job_seekers
                    FOR EACH STATEMENT EXECUTE FUNCTION note_statistics_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER statistics_follow_job_seekers ON job_seekers;
                DROP TRIGGER statistics_follow_spells ON placement_spells;
                DROP FUNCTION note_statistics_change();
                DROP SEQUENCE statistics_changes;
                DROP TABLE statistics_first_jobs, statistics_internships, statistics_starts, statistics_paid_work, statistics_job_seekers, statistics_snapshot;
                """);
        }
    }
}
