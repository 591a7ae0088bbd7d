using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SavedOpportunitySearches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "saved_searches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    words = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    within_miles = table.Column<int>(type: "integer", nullable: true),
                    hours_min = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    hours_max = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    minimum_level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    closing_within_days = table.Column<int>(type: "integer", nullable: true),
                    saved_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_saved_searches", x => x.id);
                    table.ForeignKey(
                        name: "fk_saved_searches_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_saved_searches_job_seeker_id",
                table: "saved_searches",
                column: "job_seeker_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "saved_searches");
        }
    }
}
