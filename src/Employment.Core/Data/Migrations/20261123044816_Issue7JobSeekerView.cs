using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue7JobSeekerView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "match_feedback",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "coach");

            migrationBuilder.CreateTable(
                name: "job_seeker_answers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    words = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    coach_beside_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_seeker_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_job_seeker_answers_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_job_seeker_answers_opportunities_opportunity_id",
                        column: x => x.opportunity_id,
                        principalTable: "opportunities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "personal_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_personal_links_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_job_seeker_answers_job_seeker_id_recorded_at",
                table: "job_seeker_answers",
                columns: new[] { "job_seeker_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_job_seeker_answers_opportunity_id",
                table: "job_seeker_answers",
                column: "opportunity_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_seeker_answers_recorded_at",
                table: "job_seeker_answers",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "ix_personal_links_job_seeker_id",
                table: "personal_links",
                column: "job_seeker_id");

            migrationBuilder.CreateIndex(
                name: "ix_personal_links_token_hash",
                table: "personal_links",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_seeker_answers");

            migrationBuilder.DropTable(
                name: "personal_links");

            migrationBuilder.DropColumn(
                name: "source",
                table: "match_feedback");
        }
    }
}
