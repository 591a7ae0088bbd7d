using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class RankerModelsAndMatchFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "match_feedback",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    given_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    verdict = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_match_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_match_feedback_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_match_feedback_opportunities_opportunity_id",
                        column: x => x.opportunity_id,
                        principalTable: "opportunities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ranker_models",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trained_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    trainer = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    training_pairs = table.Column<int>(type: "integer", nullable: false),
                    training_people = table.Column<int>(type: "integer", nullable: false),
                    held_out_people = table.Column<int>(type: "integer", nullable: false),
                    ndcg_at5 = table.Column<double>(type: "double precision", nullable: false),
                    ndcg_at10 = table.Column<double>(type: "double precision", nullable: false),
                    rule_ndcg_at5 = table.Column<double>(type: "double precision", nullable: false),
                    rule_ndcg_at10 = table.Column<double>(type: "double precision", nullable: false),
                    random_ndcg_at10 = table.Column<double>(type: "double precision", nullable: false),
                    is_current = table.Column<bool>(type: "boolean", nullable: false),
                    model = table.Column<byte[]>(type: "bytea", nullable: false),
                    metadata = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ranker_models", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_match_feedback_job_seeker_id_opportunity_id",
                table: "match_feedback",
                columns: new[] { "job_seeker_id", "opportunity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_match_feedback_opportunity_id",
                table: "match_feedback",
                column: "opportunity_id");

            migrationBuilder.CreateIndex(
                name: "ix_ranker_models_is_current",
                table: "ranker_models",
                column: "is_current",
                unique: true,
                filter: "is_current");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "match_feedback");

            migrationBuilder.DropTable(
                name: "ranker_models");
        }
    }
}
