using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class JobFactsInForce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "role",
                table: "placement_events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Work periods (decision 0036): the stretches of each spell in which the person counts as in work, with the hours
            // in force, worked out from the start, hours changes and the employer's "no longer working" by the spell trigger,
            // so "in paid work on a day" reads one small table instead of replaying events.
            migrationBuilder.Sql("""
                CREATE TABLE placement_work_periods (
                    start_event_id bigint NOT NULL,
                    placement_id uuid NOT NULL REFERENCES placements (id) ON DELETE CASCADE,
                    from_on date NOT NULL,
                    to_on date,
                    hours_per_week numeric(4,1),
                    PRIMARY KEY (start_event_id, from_on));
                CREATE INDEX ix_placement_work_periods_placement_id ON placement_work_periods (placement_id);
                CREATE TRIGGER statistics_follow_work_periods AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON placement_work_periods
                    FOR EACH STATEMENT EXECUTE FUNCTION note_statistics_change();
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
                    DELETE FROM placement_work_periods w USING (SELECT DISTINCT placement_id FROM changed) c WHERE w.placement_id = c.placement_id;
                    INSERT INTO placement_work_periods (start_event_id, placement_id, from_on, to_on, hours_per_week)
                    SELECT start_event_id, placement_id, from_on, to_on, hours FROM (
                        SELECT d.start_event_id, d.placement_id, d.occurred_on AS from_on, d.hours, d.known,
                            coalesce(lead(d.occurred_on) OVER (PARTITION BY d.start_event_id ORDER BY d.occurred_on), d.ended_on) AS to_on
                        FROM (
                            -- Hours carried forward from the latest start or hours change; of several facts on one day the last recorded counts.
                            SELECT h.*, max(h.hours_fact) OVER (PARTITION BY h.start_event_id, h.grp) AS hours,
                                row_number() OVER (PARTITION BY h.start_event_id, h.occurred_on ORDER BY h.id DESC) AS last_of_day
                            FROM (
                                SELECT sp.start_event_id, sp.placement_id, sp.ended_on, x.id, x.occurred_on, x.type <> 'employer_says_left' AS known,
                                    CASE WHEN x.type IN ('started', 'hours_changed') THEN x.hours_per_week END AS hours_fact,
                                    count(CASE WHEN x.type IN ('started', 'hours_changed') THEN x.hours_per_week END)
                                        OVER (PARTITION BY sp.start_event_id ORDER BY x.occurred_on, x.id) AS grp
                                FROM (SELECT DISTINCT placement_id FROM changed) c
                                JOIN placement_spells sp ON sp.placement_id = c.placement_id
                                JOIN placement_events x ON x.placement_id = sp.placement_id
                                    AND (x.id = sp.start_event_id OR x.type IN ('hours_changed', 'pay_changed', 'role_changed', 'still_working', 'employer_says_left'))
                                    AND x.occurred_on >= sp.started_on AND (sp.ended_on IS NULL OR x.occurred_on < sp.ended_on)
                            ) h
                        ) d
                        WHERE d.last_of_day = 1
                    ) w
                    WHERE w.known AND (w.to_on IS NULL OR w.to_on > w.from_on);
                    RETURN NULL;
                END $$;
                -- Work out the periods of the history already there, as the trigger would have.
                UPDATE placement_events SET id = id WHERE type = 'started';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
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
                DROP TABLE placement_work_periods;
                """);

            migrationBuilder.DropColumn(
                name: "role",
                table: "placement_events");
        }
    }
}
