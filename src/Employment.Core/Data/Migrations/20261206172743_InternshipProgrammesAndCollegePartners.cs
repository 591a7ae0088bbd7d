using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class InternshipProgrammesAndCollegePartners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "college_id",
                table: "asp_net_users",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "colleges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_colleges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "internship_programmes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    host_employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    academic_year_start = table.Column<int>(type: "integer", nullable: false),
                    intake_starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    cohort_size = table.Column<int>(type: "integer", nullable: false),
                    coach_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_internship_programmes", x => x.id);
                    table.ForeignKey(
                        name: "fk_internship_programmes_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_internship_programmes_employers_host_employer_id",
                        column: x => x.host_employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_internship_programmes_users_coach_id",
                        column: x => x.coach_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "interns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    added_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interns", x => x.id);
                    table.ForeignKey(
                        name: "fk_interns_internship_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "internship_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_interns_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intern_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    intern_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_intern_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_intern_notes_interns_intern_id",
                        column: x => x.intern_id,
                        principalTable: "interns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intern_rotations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    intern_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    tasks = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    skills_practised = table.Column<List<string>>(type: "text[]", nullable: false),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_intern_rotations", x => x.id);
                    table.ForeignKey(
                        name: "fk_intern_rotations_interns_intern_id",
                        column: x => x.intern_id,
                        principalTable: "interns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_college_id",
                table: "asp_net_users",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_colleges_name_key",
                table: "colleges",
                column: "name_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_intern_notes_intern_id_occurred_on",
                table: "intern_notes",
                columns: new[] { "intern_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_intern_rotations_intern_id_starts_on",
                table: "intern_rotations",
                columns: new[] { "intern_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_interns_job_seeker_id",
                table: "interns",
                column: "job_seeker_id");

            migrationBuilder.CreateIndex(
                name: "ix_interns_programme_id_job_seeker_id",
                table: "interns",
                columns: new[] { "programme_id", "job_seeker_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_internship_programmes_coach_id",
                table: "internship_programmes",
                column: "coach_id");

            migrationBuilder.CreateIndex(
                name: "ix_internship_programmes_college_id",
                table: "internship_programmes",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_internship_programmes_host_employer_id",
                table: "internship_programmes",
                column: "host_employer_id");

            migrationBuilder.AddForeignKey(
                name: "fk_asp_net_users_colleges_college_id",
                table: "asp_net_users",
                column: "college_id",
                principalTable: "colleges",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_asp_net_users_colleges_college_id",
                table: "asp_net_users");

            migrationBuilder.DropTable(
                name: "intern_notes");

            migrationBuilder.DropTable(
                name: "intern_rotations");

            migrationBuilder.DropTable(
                name: "interns");

            migrationBuilder.DropTable(
                name: "internship_programmes");

            migrationBuilder.DropTable(
                name: "colleges");

            migrationBuilder.DropIndex(
                name: "ix_asp_net_users_college_id",
                table: "asp_net_users");

            migrationBuilder.DropColumn(
                name: "college_id",
                table: "asp_net_users");
        }
    }
}
