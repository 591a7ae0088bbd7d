using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublishableStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "long_term_support_for_learning_disability",
                table: "job_seekers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // The snapshot gains the active caseload and ASCOF 1E's numerator and denominator (decision 0060). The old
            // snapshot's rows lack them, so it is emptied: the refresh job builds a new one within minutes.
            migrationBuilder.Sql("""
                DELETE FROM statistics_snapshot;
                DELETE FROM statistics_job_seekers;
                DELETE FROM statistics_paid_work;
                ALTER TABLE statistics_job_seekers ADD COLUMN active integer NOT NULL DEFAULT 0, ADD COLUMN ascof_people integer NOT NULL DEFAULT 0;
                ALTER TABLE statistics_paid_work ADD COLUMN ascof_in_paid_work integer NOT NULL DEFAULT 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE statistics_job_seekers DROP COLUMN active, DROP COLUMN ascof_people;
                ALTER TABLE statistics_paid_work DROP COLUMN ascof_in_paid_work;
                """);

            migrationBuilder.DropColumn(
                name: "long_term_support_for_learning_disability",
                table: "job_seekers");
        }
    }
}
