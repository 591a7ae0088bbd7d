using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddContactLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // follow_ups.xmin is PostgreSQL's own row version (the Version concurrency token): nothing to add.

            migrationBuilder.CreateTable(
                name: "contact_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    follow_up_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_entries_follow_ups_follow_up_id",
                        column: x => x.follow_up_id,
                        principalTable: "follow_ups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_contact_entries_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_entries_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contact_entries_follow_up_id",
                table: "contact_entries",
                column: "follow_up_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_entries_job_seeker_id_occurred_on",
                table: "contact_entries",
                columns: new[] { "job_seeker_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_entries_placement_id",
                table: "contact_entries",
                column: "placement_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contact_entries");

            // follow_ups.xmin is a system column: nothing to drop.
        }
    }
}
