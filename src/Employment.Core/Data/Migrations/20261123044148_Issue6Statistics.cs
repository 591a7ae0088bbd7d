using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue6Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "dc_since",
                table: "employers",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "placement_spells",
                columns: table => new
                {
                    start_event_id = table.Column<long>(type: "bigint", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hours_per_week = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    hourly_pay = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placement_spells", x => x.start_event_id);
                    table.ForeignKey(
                        name: "fk_placement_spells_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_placement_spells_job_seeker_id_started_on",
                table: "placement_spells",
                columns: new[] { "job_seeker_id", "started_on" });

            migrationBuilder.CreateIndex(
                name: "ix_placement_spells_placement_id",
                table: "placement_spells",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_spells_started_on",
                table: "placement_spells",
                column: "started_on");

            // Members from before the column existed: a membership runs three years, and not from before the employer joined.
            migrationBuilder.Sql("""
                UPDATE employers SET dc_since = GREATEST((created_at AT TIME ZONE 'UTC')::date, (dc_valid_until - interval '3 years')::date)
                WHERE dc_level <> 'none' AND dc_valid_until IS NOT NULL
                """);

            // Spells follow the events: whenever events change, the spells of the placements they belong to are worked
            // out again, set-based, once per statement (so a COPY of millions of events is one pass).
            migrationBuilder.Sql("""
                CREATE FUNCTION refresh_placement_spells() RETURNS trigger LANGUAGE plpgsql AS $$
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
                CREATE TRIGGER placement_spells_after_insert AFTER INSERT ON placement_events REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION refresh_placement_spells();
                CREATE TRIGGER placement_spells_after_update AFTER UPDATE ON placement_events REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION refresh_placement_spells();
                CREATE TRIGGER placement_spells_after_delete AFTER DELETE ON placement_events REFERENCING OLD TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION refresh_placement_spells();
                INSERT INTO placement_spells (start_event_id, placement_id, job_seeker_id, opportunity_id, started_on, ended_on, hours_per_week, hourly_pay)
                SELECT s.id, s.placement_id, p.job_seeker_id, p.opportunity_id, s.occurred_on,
                    (SELECT min(x.occurred_on) FROM placement_events x WHERE x.placement_id = s.placement_id AND x.type = 'ended' AND x.occurred_on >= s.occurred_on),
                    s.hours_per_week, s.hourly_pay
                FROM placement_events s JOIN placements p ON p.id = s.placement_id
                WHERE s.type = 'started';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER placement_spells_after_insert ON placement_events;
                DROP TRIGGER placement_spells_after_update ON placement_events;
                DROP TRIGGER placement_spells_after_delete ON placement_events;
                DROP FUNCTION refresh_placement_spells();
                """);

            migrationBuilder.DropTable(
                name: "placement_spells");

            migrationBuilder.DropColumn(
                name: "dc_since",
                table: "employers");
        }
    }
}
