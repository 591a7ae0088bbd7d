using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue4FairnessReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fairness_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    made_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    retrained_version = table.Column<int>(type: "integer", nullable: false),
                    model_version = table.Column<int>(type: "integer", nullable: true),
                    figures = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fairness_reports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_fairness_reports_made_at",
                table: "fairness_reports",
                column: "made_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fairness_reports");
        }
    }
}
