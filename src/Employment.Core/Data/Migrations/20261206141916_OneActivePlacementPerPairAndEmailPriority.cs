using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class OneActivePlacementPerPairAndEmailPriority : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<short>(
                name: "priority",
                table: "outbox_emails",
                type: "smallint",
                nullable: false,
                defaultValue: (short)0);

            migrationBuilder.CreateIndex(
                name: "ix_profile_drafts_coach_id_job_seeker_id",
                table: "profile_drafts",
                columns: new[] { "coach_id", "job_seeker_id" },
                unique: true,
                filter: "job_seeker_id IS NOT NULL");

            // Bulk emails already queued go after invitations (new rows say their own priority).
            migrationBuilder.Sql("UPDATE outbox_emails SET priority = 1 WHERE dedupe_key NOT LIKE 'invitation:%';");

            // Before the rule, two clicks at once could propose a pair twice. A copy that is still only "proposed", that
            // nothing else points to, is removed (the earliest placement of the pair stays); any other pair still active
            // twice is for a person to settle, and stops the migration with PostgreSQL's unique-violation message.
            migrationBuilder.Sql("""
                DELETE FROM placements p
                WHERE p.stage = 'introduced'
                  AND EXISTS (SELECT 1 FROM placements o
                              WHERE o.job_seeker_id = p.job_seeker_id AND o.opportunity_id = p.opportunity_id
                                AND o.stage IN ('introduced', 'interviewed', 'offered', 'started')
                                AND (o.stage <> 'introduced' OR (o.created_at, o.id) < (p.created_at, p.id)))
                  AND (SELECT count(*) FROM placement_events e WHERE e.placement_id = p.id) = 1
                  AND NOT EXISTS (SELECT 1 FROM contact_entries c WHERE c.placement_id = p.id);
                """);

            migrationBuilder.CreateIndex(
                name: "ix_placements_one_active_per_person_and_opportunity",
                table: "placements",
                columns: new[] { "job_seeker_id", "opportunity_id" },
                unique: true,
                filter: "stage IN ('introduced', 'interviewed', 'offered', 'started')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_profile_drafts_coach_id_job_seeker_id",
                table: "profile_drafts");

            migrationBuilder.DropIndex(
                name: "ix_placements_one_active_per_person_and_opportunity",
                table: "placements");

            migrationBuilder.DropColumn(
                name: "priority",
                table: "outbox_emails");
        }
    }
}
