using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue5PipelineAndFollowUpPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "not_needed",
                table: "follow_ups",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "risk_details",
                table: "follow_ups",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "follow_up_plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    local_authority_id = table.Column<int>(type: "integer", nullable: false),
                    check_in_weeks = table.Column<List<int>>(type: "integer[]", nullable: false),
                    monthly_until_week = table.Column<int>(type: "integer", nullable: false),
                    internship_prompt_weeks_before_end = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_up_plans_local_authorities_local_authority_id",
                        column: x => x.local_authority_id,
                        principalTable: "local_authorities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_local_authority_id",
                table: "follow_up_plans",
                column: "local_authority_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_up_plans");

            migrationBuilder.DropColumn(
                name: "not_needed",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "risk_details",
                table: "follow_ups");
        }
    }
}
