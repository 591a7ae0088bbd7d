using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue6Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "dc_since",
                table: "employers",
                type: "date",
                nullable: true);

            // Members from before the column existed: a membership runs three years, and not from before the employer joined.
            migrationBuilder.Sql("""
                UPDATE employers SET dc_since = GREATEST((created_at AT TIME ZONE 'UTC')::date, (dc_valid_until - interval '3 years')::date)
                WHERE dc_level <> 'none' AND dc_valid_until IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "dc_since",
                table: "employers");
        }
    }
}
