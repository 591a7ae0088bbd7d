using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccessToWorkApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_to_work_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    support = table.Column<int>(type: "integer", nullable: false),
                    decision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    award_from = table.Column<DateOnly>(type: "date", nullable: true),
                    award_to = table.Column<DateOnly>(type: "date", nullable: true),
                    award_amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    job_coach_hours_per_week = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    renewal_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_to_work_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_access_to_work_applications_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_access_to_work_applications_job_seeker_id_applied_on",
                table: "access_to_work_applications",
                columns: new[] { "job_seeker_id", "applied_on" });

            migrationBuilder.CreateIndex(
                name: "ix_access_to_work_applications_renewal_due_on",
                table: "access_to_work_applications",
                column: "renewal_due_on");

            migrationBuilder.CreateIndex(
                name: "ix_access_to_work_one_waiting_per_person",
                table: "access_to_work_applications",
                column: "job_seeker_id",
                unique: true,
                filter: "decision IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_to_work_applications");
        }
    }
}
