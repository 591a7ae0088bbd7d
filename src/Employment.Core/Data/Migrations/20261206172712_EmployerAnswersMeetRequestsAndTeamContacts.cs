using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmployerAnswersMeetRequestsAndTeamContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "meet_on",
                table: "placement_events",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "meet_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meet_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_meet_requests_asp_net_users_requested_by_id",
                        column: x => x.requested_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_meet_requests_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meet_requests_opportunities_opportunity_id",
                        column: x => x.opportunity_id,
                        principalTable: "opportunities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_references",
                columns: table => new
                {
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_references", x => x.job_seeker_id);
                    table.ForeignKey(
                        name: "fk_person_references_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "team_contacts",
                columns: table => new
                {
                    local_authority_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_contacts", x => x.local_authority_id);
                    table.ForeignKey(
                        name: "fk_team_contacts_local_authorities_local_authority_id",
                        column: x => x.local_authority_id,
                        principalTable: "local_authorities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_meet_requests_job_seeker_id_opportunity_id",
                table: "meet_requests",
                columns: new[] { "job_seeker_id", "opportunity_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meet_requests_opportunity_id",
                table: "meet_requests",
                column: "opportunity_id");

            migrationBuilder.CreateIndex(
                name: "ix_meet_requests_requested_at",
                table: "meet_requests",
                column: "requested_at");

            migrationBuilder.CreateIndex(
                name: "ix_meet_requests_requested_by_id",
                table: "meet_requests",
                column: "requested_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_references_code",
                table: "person_references",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meet_requests");

            migrationBuilder.DropTable(
                name: "person_references");

            migrationBuilder.DropTable(
                name: "team_contacts");

            migrationBuilder.DropColumn(
                name: "meet_on",
                table: "placement_events");
        }
    }
}
