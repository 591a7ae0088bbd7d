using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConsentDecisionsAndPauseReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "look_again_on",
                table: "job_seekers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pause_reason",
                table: "job_seekers",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pause_reason_other",
                table: "job_seekers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "decided_on",
                table: "consent_records",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision",
                table: "consent_records",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Before this change a record was either given or withdrawn, on the day it was recorded.
            migrationBuilder.Sql("""
                UPDATE consent_records SET decision = CASE WHEN given THEN 'agreed' ELSE 'withdrawn' END,
                    decided_on = (recorded_at AT TIME ZONE 'Europe/London')::date
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "look_again_on",
                table: "job_seekers");

            migrationBuilder.DropColumn(
                name: "pause_reason",
                table: "job_seekers");

            migrationBuilder.DropColumn(
                name: "pause_reason_other",
                table: "job_seekers");

            migrationBuilder.DropColumn(
                name: "decided_on",
                table: "consent_records");

            migrationBuilder.DropColumn(
                name: "decision",
                table: "consent_records");
        }
    }
}
