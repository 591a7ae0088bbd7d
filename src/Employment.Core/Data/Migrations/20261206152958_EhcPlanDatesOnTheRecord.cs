using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class EhcPlanDatesOnTheRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ehc_next_review_on",
                table: "job_seekers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ehc_plan_issued_on",
                table: "job_seekers",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ehc_next_review_on",
                table: "job_seekers");

            migrationBuilder.DropColumn(
                name: "ehc_plan_issued_on",
                table: "job_seekers");
        }
    }
}
