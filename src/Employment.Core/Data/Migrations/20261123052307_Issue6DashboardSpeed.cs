using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue6DashboardSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "date_of_birth",
                table: "placement_spells",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "dc_level",
                table: "placement_spells",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "internship_length_months",
                table: "placement_spells",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "joined_on",
                table: "placement_spells",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "placement_spells",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "local_authority_id",
                table: "placement_spells",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The filter columns are copied onto spells (so measures need no joins) and follow their sources: the
            // spell trigger fills them, and row triggers on job seekers, opportunities and employers copy changes
            // (only when one of those columns really changes, so ordinary edits cost nothing).
            migrationBuilder.Sql("""
                UPDATE placement_spells sp SET kind = o.kind, internship_length_months = o.internship_length_months, dc_level = e.dc_level,
                    local_authority_id = j.local_authority_id, date_of_birth = j.date_of_birth, joined_on = (j.created_at AT TIME ZONE 'UTC')::date
                FROM opportunities o, employers e, job_seekers j
                WHERE o.id = sp.opportunity_id AND e.id = o.employer_id AND j.id = sp.job_seeker_id;

                CREATE OR REPLACE FUNCTION refresh_placement_spells() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM placement_spells sp USING (SELECT DISTINCT placement_id FROM changed) c WHERE sp.placement_id = c.placement_id;
                    INSERT INTO placement_spells (start_event_id, placement_id, job_seeker_id, opportunity_id, started_on, ended_on, hours_per_week, hourly_pay,
                        kind, internship_length_months, dc_level, local_authority_id, date_of_birth, joined_on)
                    SELECT s.id, s.placement_id, p.job_seeker_id, p.opportunity_id, s.occurred_on, min(x.occurred_on), s.hours_per_week, s.hourly_pay,
                        o.kind, o.internship_length_months, e.dc_level, j.local_authority_id, j.date_of_birth, (j.created_at AT TIME ZONE 'UTC')::date
                    FROM (SELECT DISTINCT placement_id FROM changed) c
                    JOIN placement_events s ON s.placement_id = c.placement_id AND s.type = 'started'
                    JOIN placements p ON p.id = s.placement_id
                    JOIN opportunities o ON o.id = p.opportunity_id
                    JOIN employers e ON e.id = o.employer_id
                    JOIN job_seekers j ON j.id = p.job_seeker_id
                    LEFT JOIN placement_events x ON x.placement_id = s.placement_id AND x.type = 'ended' AND x.occurred_on >= s.occurred_on
                    GROUP BY s.id, p.id, o.id, e.id, j.id;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION placement_spells_follow_job_seeker() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE placement_spells SET local_authority_id = NEW.local_authority_id, date_of_birth = NEW.date_of_birth,
                        joined_on = (NEW.created_at AT TIME ZONE 'UTC')::date
                    WHERE job_seeker_id = NEW.id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER placement_spells_follow_job_seeker AFTER UPDATE OF local_authority_id, date_of_birth, created_at ON job_seekers
                    FOR EACH ROW WHEN (OLD.local_authority_id IS DISTINCT FROM NEW.local_authority_id OR OLD.date_of_birth IS DISTINCT FROM NEW.date_of_birth
                        OR OLD.created_at IS DISTINCT FROM NEW.created_at)
                    EXECUTE FUNCTION placement_spells_follow_job_seeker();

                CREATE FUNCTION placement_spells_follow_opportunity() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE placement_spells SET kind = NEW.kind, internship_length_months = NEW.internship_length_months,
                        dc_level = (SELECT e.dc_level FROM employers e WHERE e.id = NEW.employer_id)
                    WHERE opportunity_id = NEW.id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER placement_spells_follow_opportunity AFTER UPDATE OF kind, internship_length_months, employer_id ON opportunities
                    FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind OR OLD.internship_length_months IS DISTINCT FROM NEW.internship_length_months
                        OR OLD.employer_id IS DISTINCT FROM NEW.employer_id)
                    EXECUTE FUNCTION placement_spells_follow_opportunity();

                CREATE FUNCTION placement_spells_follow_employer() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE placement_spells sp SET dc_level = NEW.dc_level
                    FROM opportunities o WHERE o.employer_id = NEW.id AND sp.opportunity_id = o.id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER placement_spells_follow_employer AFTER UPDATE OF dc_level ON employers
                    FOR EACH ROW WHEN (OLD.dc_level IS DISTINCT FROM NEW.dc_level)
                    EXECUTE FUNCTION placement_spells_follow_employer();
                """);

            migrationBuilder.CreateIndex(
                name: "ix_placement_spells_local_authority_id_started_on",
                table: "placement_spells",
                columns: new[] { "local_authority_id", "started_on" });

            migrationBuilder.CreateIndex(
                name: "ix_placement_spells_opportunity_id",
                table: "placement_spells",
                column: "opportunity_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER placement_spells_follow_job_seeker ON job_seekers;
                DROP TRIGGER placement_spells_follow_opportunity ON opportunities;
                DROP TRIGGER placement_spells_follow_employer ON employers;
                DROP FUNCTION placement_spells_follow_job_seeker();
                DROP FUNCTION placement_spells_follow_opportunity();
                DROP FUNCTION placement_spells_follow_employer();
                CREATE OR REPLACE FUNCTION refresh_placement_spells() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM placement_spells sp USING (SELECT DISTINCT placement_id FROM changed) c WHERE sp.placement_id = c.placement_id;
                    INSERT INTO placement_spells (start_event_id, placement_id, job_seeker_id, opportunity_id, started_on, ended_on, hours_per_week, hourly_pay)
                    SELECT s.id, s.placement_id, p.job_seeker_id, p.opportunity_id, s.occurred_on, min(x.occurred_on), s.hours_per_week, s.hourly_pay
                    FROM (SELECT DISTINCT placement_id FROM changed) c
                    JOIN placement_events s ON s.placement_id = c.placement_id AND s.type = 'started'
                    JOIN placements p ON p.id = s.placement_id
                    LEFT JOIN placement_events x ON x.placement_id = s.placement_id AND x.type = 'ended' AND x.occurred_on >= s.occurred_on
                    GROUP BY s.id, p.id;
                    RETURN NULL;
                END $$;
                """);

            migrationBuilder.DropIndex(
                name: "ix_placement_spells_local_authority_id_started_on",
                table: "placement_spells");

            migrationBuilder.DropIndex(
                name: "ix_placement_spells_opportunity_id",
                table: "placement_spells");

            migrationBuilder.DropColumn(
                name: "date_of_birth",
                table: "placement_spells");

            migrationBuilder.DropColumn(
                name: "dc_level",
                table: "placement_spells");

            migrationBuilder.DropColumn(
                name: "internship_length_months",
                table: "placement_spells");

            migrationBuilder.DropColumn(
                name: "joined_on",
                table: "placement_spells");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "placement_spells");

            migrationBuilder.DropColumn(
                name: "local_authority_id",
                table: "placement_spells");
        }
    }
}
