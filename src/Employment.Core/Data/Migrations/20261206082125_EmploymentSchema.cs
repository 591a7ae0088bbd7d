using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <summary>
    /// The whole schema: the tables EF Core makes from the model, then the SQL it cannot express (the nearness function and
    /// its GiST indexes, the placement spell triggers, the statistics snapshot tables and change counter). One migration
    /// because nothing had been deployed when the work-item migrations were squashed (decision 0031).
    /// </summary>
    public partial class EmploymentSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "adjustments",
                columns: table => new
                {
                    tag = table.Column<string>(type: "text", nullable: false),
                    label = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_adjustments", x => x.tag);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "employers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sector = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    dc_level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    dc_valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    dc_since = table.Column<DateOnly>(type: "date", nullable: true),
                    adjustments_usually_offered = table.Column<List<string>>(type: "text[]", nullable: false),
                    approval = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    approval_decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approval_decided_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employers", x => x.id);
                });

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

            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    good_rows_only = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rows_read = table.Column<long>(type: "bigint", nullable: false),
                    rows_loaded = table.Column<long>(type: "bigint", nullable: false),
                    error_count = table.Column<int>(type: "integer", nullable: false),
                    report = table.Column<string>(type: "jsonb", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "local_authorities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ons_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_local_authorities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_emails",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dedupe_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    to_address = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    to_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    text_body = table.Column<string>(type: "text", nullable: false),
                    html_body = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_emails", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "postcode_districts",
                columns: table => new
                {
                    district = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_postcode_districts", x => x.district);
                });

            migrationBuilder.CreateTable(
                name: "profile_drafts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coach_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_profile_drafts", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "skills",
                columns: table => new
                {
                    tag = table.Column<string>(type: "text", nullable: false),
                    label = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skills", x => x.tag);
                });

            migrationBuilder.CreateTable(
                name: "soc_unit_groups",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    minor_group = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    minor_group_title = table.Column<string>(type: "text", nullable: false),
                    sub_major_group = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    sub_major_group_title = table.Column<string>(type: "text", nullable: false),
                    major_group = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    major_group_title = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_soc_unit_groups", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "asp_net_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employer_sites",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employer_sites", x => x.id);
                    table.ForeignKey(
                        name: "fk_employer_sites_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    local_authority_id = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    invited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    invited_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_users_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_asp_net_users_local_authorities_local_authority_id",
                        column: x => x.local_authority_id,
                        principalTable: "local_authorities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "opportunities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    soc_code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    skills_required = table.Column<List<string>>(type: "text[]", nullable: false),
                    adjustments_offered = table.Column<List<string>>(type: "text[]", nullable: false),
                    hours_per_week = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    hourly_pay = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    pay_band = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    site_id = table.Column<Guid>(type: "uuid", nullable: true),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false),
                    interview_guaranteed = table.Column<bool>(type: "boolean", nullable: false),
                    posted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    internship_length_months = table.Column<int>(type: "integer", nullable: true),
                    study_programme_partner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opportunities", x => x.id);
                    table.ForeignKey(
                        name: "fk_opportunities_employer_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "employer_sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_opportunities_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_opportunities_soc_unit_groups_soc_code",
                        column: x => x.soc_code,
                        principalTable: "soc_unit_groups",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_asp_net_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_user_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "asp_net_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_asp_net_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "job_seekers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    coach_id = table.Column<Guid>(type: "uuid", nullable: true),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    home_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    home_latitude = table.Column<double>(type: "double precision", nullable: false),
                    home_longitude = table.Column<double>(type: "double precision", nullable: false),
                    local_authority_id = table.Column<int>(type: "integer", nullable: false),
                    has_ehc_plan = table.Column<bool>(type: "boolean", nullable: false),
                    aspirations = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    interests = table.Column<List<string>>(type: "text[]", nullable: false),
                    skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    support_needs = table.Column<List<string>>(type: "text[]", nullable: false),
                    travel_mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    travel_max_minutes = table.Column<int>(type: "integer", nullable: false),
                    travel_training_needed = table.Column<bool>(type: "boolean", nullable: false),
                    hours_min = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    hours_max = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    preferred_kinds = table.Column<string[]>(type: "text[]", nullable: false),
                    consent_to_share = table.Column<bool>(type: "boolean", nullable: false),
                    consent_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    consent_recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    consent_explained_how = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    paused_on = table.Column<DateOnly>(type: "date", nullable: true),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_seekers", x => x.id);
                    table.ForeignKey(
                        name: "fk_job_seekers_local_authorities_local_authority_id",
                        column: x => x.local_authority_id,
                        principalTable: "local_authorities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_job_seekers_users_coach_id",
                        column: x => x.coach_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "consent_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    given = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    explained_how = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_records_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "job_seeker_answers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    words = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    coach_beside_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_seeker_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_job_seeker_answers_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_job_seeker_answers_opportunities_opportunity_id",
                        column: x => x.opportunity_id,
                        principalTable: "opportunities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, defaultValue: "coach"),
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
                name: "personal_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_personal_links_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placements", x => x.id);
                    table.ForeignKey(
                        name: "fk_placements_job_seekers_job_seeker_id",
                        column: x => x.job_seeker_id,
                        principalTable: "job_seekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_placements_opportunities_opportunity_id",
                        column: x => x.opportunity_id,
                        principalTable: "opportunities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_ups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    completed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    support_hours = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    risk_to_job = table.Column<bool>(type: "boolean", nullable: true),
                    risk_details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    not_needed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_ups_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "placement_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    hours_per_week = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    hourly_pay = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placement_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_placement_events_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "placement_spells",
                columns: table => new
                {
                    start_event_id = table.Column<long>(type: "bigint", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_seeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hours_per_week = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    hourly_pay = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    internship_length_months = table.Column<int>(type: "integer", nullable: true),
                    dc_level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    local_authority_id = table.Column<int>(type: "integer", nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placement_spells", x => x.start_event_id);
                    table.ForeignKey(
                        name: "fk_placement_spells_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employment_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    follow_up_id = table.Column<Guid>(type: "uuid", nullable: false),
                    asked_on = table.Column<DateOnly>(type: "date", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    still_employed = table.Column<bool>(type: "boolean", nullable: true),
                    hours_now = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employment_checks", x => x.id);
                    table.ForeignKey(
                        name: "fk_employment_checks_follow_ups_follow_up_id",
                        column: x => x.follow_up_id,
                        principalTable: "follow_ups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_employment_checks_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_role_claims_role_id",
                table: "asp_net_role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "asp_net_roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_claims_user_id",
                table: "asp_net_user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_logins_user_id",
                table: "asp_net_user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_roles_role_id",
                table: "asp_net_user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "asp_net_users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_employer_id",
                table: "asp_net_users",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_local_authority_id",
                table: "asp_net_users",
                column: "local_authority_id");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "asp_net_users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_job_seeker_id_at",
                table: "audit_entries",
                columns: new[] { "job_seeker_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_job_seeker_id_recorded_at",
                table: "consent_records",
                columns: new[] { "job_seeker_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_employer_sites_employer_id",
                table: "employer_sites",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_employers_approval",
                table: "employers",
                column: "approval");

            migrationBuilder.CreateIndex(
                name: "ix_employers_source_id",
                table: "employers",
                column: "source_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employment_checks_follow_up_id",
                table: "employment_checks",
                column: "follow_up_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employment_checks_placement_id",
                table: "employment_checks",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "ix_fairness_reports_made_at",
                table: "fairness_reports",
                column: "made_at");

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_local_authority_id",
                table: "follow_up_plans",
                column: "local_authority_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_completed_on_due_on",
                table: "follow_ups",
                columns: new[] { "completed_on", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_placement_id",
                table: "follow_ups",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "ix_import_runs_started_at",
                table: "import_runs",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "ix_job_seeker_answers_job_seeker_id_recorded_at",
                table: "job_seeker_answers",
                columns: new[] { "job_seeker_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_job_seeker_answers_opportunity_id",
                table: "job_seeker_answers",
                column: "opportunity_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_seeker_answers_recorded_at",
                table: "job_seeker_answers",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "ix_job_seekers_coach_id",
                table: "job_seekers",
                column: "coach_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_seekers_interests",
                table: "job_seekers",
                column: "interests")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_job_seekers_local_authority_id",
                table: "job_seekers",
                column: "local_authority_id");

            migrationBuilder.CreateIndex(
                name: "ix_job_seekers_source_id",
                table: "job_seekers",
                column: "source_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_local_authorities_ons_code",
                table: "local_authorities",
                column: "ons_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_match_feedback_job_seeker_id_opportunity_id",
                table: "match_feedback",
                columns: new[] { "job_seeker_id", "opportunity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_match_feedback_opportunity_id",
                table: "match_feedback",
                column: "opportunity_id");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_closed_on_closes_on",
                table: "opportunities",
                columns: new[] { "closed_on", "closes_on" });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_employer_id",
                table: "opportunities",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_site_id",
                table: "opportunities",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_soc_code",
                table: "opportunities",
                column: "soc_code");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_source_id",
                table: "opportunities",
                column: "source_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_created_at",
                table: "outbox_emails",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_dedupe_key",
                table: "outbox_emails",
                column: "dedupe_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_status_next_attempt_at",
                table: "outbox_emails",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_personal_links_job_seeker_id",
                table: "personal_links",
                column: "job_seeker_id");

            migrationBuilder.CreateIndex(
                name: "ix_personal_links_token_hash",
                table: "personal_links",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_placement_events_placement_id_occurred_on",
                table: "placement_events",
                columns: new[] { "placement_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_placement_events_type_occurred_on",
                table: "placement_events",
                columns: new[] { "type", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_placement_spells_job_seeker_id_started_on",
                table: "placement_spells",
                columns: new[] { "job_seeker_id", "started_on" });

            migrationBuilder.CreateIndex(
                name: "ix_placement_spells_local_authority_id_started_on",
                table: "placement_spells",
                columns: new[] { "local_authority_id", "started_on" });

            migrationBuilder.CreateIndex(
                name: "ix_placement_spells_opportunity_id",
                table: "placement_spells",
                column: "opportunity_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_spells_placement_id",
                table: "placement_spells",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_spells_started_on",
                table: "placement_spells",
                column: "started_on");

            migrationBuilder.CreateIndex(
                name: "ix_placements_job_seeker_id_opportunity_id",
                table: "placements",
                columns: new[] { "job_seeker_id", "opportunity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_placements_opportunity_id",
                table: "placements",
                column: "opportunity_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_drafts_coach_id",
                table: "profile_drafts",
                column: "coach_id");

            migrationBuilder.CreateIndex(
                name: "ix_ranker_models_is_current",
                table: "ranker_models",
                column: "is_current",
                unique: true,
                filter: "is_current");

            // What EF Core cannot express, written by hand. Keep it below the tables it refers to.

            // Nearest-first candidates from an index (decision 0025): the SQL function nearness (see Nearness) and GiST indexes
            // on the same expression, point(longitude * 0.6088, latitude), so ORDER BY nearness(…) LIMIT 2000 is a KNN index
            // scan. Built-in PostgreSQL; no PostGIS.
            migrationBuilder.Sql(Nearness.CreateFunctionSql);
            migrationBuilder.Sql("CREATE INDEX ix_opportunities_nearest ON opportunities USING gist (point(longitude * 0.6088, latitude));");
            migrationBuilder.Sql("CREATE INDEX ix_job_seekers_nearest ON job_seekers USING gist (point(home_longitude * 0.6088, home_latitude));");

            // Spells follow the events (decision 0020): whenever events change, the spells of the placements they belong to are
            // worked out again, set-based, once per statement (so a COPY of millions of events is one pass). The filter columns
            // are copied onto spells so measures need no joins (decision 0023) and follow their sources: the spell trigger fills
            // them, and row triggers on job seekers, opportunities and employers copy changes (only when one of those columns
            // really changes, so ordinary edits cost nothing).
            migrationBuilder.Sql("""
                CREATE FUNCTION refresh_placement_spells() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM placement_spells sp USING (SELECT DISTINCT placement_id FROM changed) c WHERE sp.placement_id = c.placement_id;
                    INSERT INTO placement_spells (start_event_id, placement_id, job_seeker_id, opportunity_id, started_on, ended_on, hours_per_week, hourly_pay,
                        kind, internship_length_months, dc_level, local_authority_id, date_of_birth, joined_on)
                    SELECT s.id, s.placement_id, p.job_seeker_id, p.opportunity_id, s.occurred_on, min(x.occurred_on), s.hours_per_week, s.hourly_pay,
                        o.kind, o.internship_length_months, e.dc_level, j.local_authority_id, j.date_of_birth, (j.created_at AT TIME ZONE 'UTC')::date
                    FROM (SELECT DISTINCT placement_id FROM changed) c
                    JOIN placement_events s ON s.placement_id = c.placement_id AND s.type = 'started'
                    JOIN placements p ON p.id = s.placement_id
                    JOIN opportunities o ON o.id = p.opportunity_id
                    JOIN employers e ON e.id = o.employer_id
                    JOIN job_seekers j ON j.id = p.job_seeker_id
                    LEFT JOIN placement_events x ON x.placement_id = s.placement_id AND x.type = 'ended' AND x.occurred_on >= s.occurred_on
                    GROUP BY s.id, p.id, o.id, e.id, j.id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER placement_spells_after_insert AFTER INSERT ON placement_events REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION refresh_placement_spells();
                CREATE TRIGGER placement_spells_after_update AFTER UPDATE ON placement_events REFERENCING NEW TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION refresh_placement_spells();
                CREATE TRIGGER placement_spells_after_delete AFTER DELETE ON placement_events REFERENCING OLD TABLE AS changed
                    FOR EACH STATEMENT EXECUTE FUNCTION refresh_placement_spells();

                CREATE FUNCTION placement_spells_follow_job_seeker() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE placement_spells SET local_authority_id = NEW.local_authority_id, date_of_birth = NEW.date_of_birth,
                        joined_on = (NEW.created_at AT TIME ZONE 'UTC')::date
                    WHERE job_seeker_id = NEW.id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER placement_spells_follow_job_seeker AFTER UPDATE OF local_authority_id, date_of_birth, created_at ON job_seekers
                    FOR EACH ROW WHEN (OLD.local_authority_id IS DISTINCT FROM NEW.local_authority_id OR OLD.date_of_birth IS DISTINCT FROM NEW.date_of_birth
                        OR OLD.created_at IS DISTINCT FROM NEW.created_at)
                    EXECUTE FUNCTION placement_spells_follow_job_seeker();

                CREATE FUNCTION placement_spells_follow_opportunity() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE placement_spells SET kind = NEW.kind, internship_length_months = NEW.internship_length_months,
                        dc_level = (SELECT e.dc_level FROM employers e WHERE e.id = NEW.employer_id)
                    WHERE opportunity_id = NEW.id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER placement_spells_follow_opportunity AFTER UPDATE OF kind, internship_length_months, employer_id ON opportunities
                    FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind OR OLD.internship_length_months IS DISTINCT FROM NEW.internship_length_months
                        OR OLD.employer_id IS DISTINCT FROM NEW.employer_id)
                    EXECUTE FUNCTION placement_spells_follow_opportunity();

                CREATE FUNCTION placement_spells_follow_employer() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE placement_spells sp SET dc_level = NEW.dc_level
                    FROM opportunities o WHERE o.employer_id = NEW.id AND sp.opportunity_id = o.id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER placement_spells_follow_employer AFTER UPDATE OF dc_level ON employers
                    FOR EACH ROW WHEN (OLD.dc_level IS DISTINCT FROM NEW.dc_level)
                    EXECUTE FUNCTION placement_spells_follow_employer();
                """);

            // The statistics snapshot (decision 0027): answers worked out for every quarter and financial year at the finest
            // grain of the dashboard's filters, rebuilt by StatisticsSnapshotBuilder in one transaction. '' in kind or
            // dc_level means "all" (a person can count under several kinds at once, so "all" is not the sum of the parts).
            // statistics_first_jobs keeps each person's days from joining to a first paid job (a median does not add up).
            // Not EF entities: only that builder writes them and only SnapshotMeasures reads them, both in SQL.
            migrationBuilder.Sql("""
                CREATE TABLE statistics_snapshot (
                    id integer PRIMARY KEY CHECK (id = 1),
                    built_at timestamptz NOT NULL,
                    as_of date NOT NULL,
                    first_quarter date NOT NULL,
                    last_end date NOT NULL,
                    version bigint NOT NULL);
                CREATE TABLE statistics_job_seekers (
                    period_end date NOT NULL, local_authority_id integer NOT NULL, age_band smallint NOT NULL,
                    job_seekers integer NOT NULL);
                CREATE INDEX ix_statistics_job_seekers ON statistics_job_seekers (period_end);
                CREATE TABLE statistics_paid_work (
                    period_end date NOT NULL, local_authority_id integer NOT NULL, age_band smallint NOT NULL,
                    kind varchar(32) NOT NULL, dc_level varchar(32) NOT NULL,
                    in_paid_work integer NOT NULL, hours_16_or_more integer NOT NULL);
                CREATE INDEX ix_statistics_paid_work ON statistics_paid_work (period_end, kind, dc_level);
                CREATE TABLE statistics_starts (
                    period_from date NOT NULL, period_to date NOT NULL, local_authority_id integer NOT NULL, age_band smallint NOT NULL,
                    kind varchar(32) NOT NULL, dc_level varchar(32) NOT NULL, starts integer NOT NULL,
                    counted_13 integer NOT NULL, sustained_13 integer NOT NULL, counted_26 integer NOT NULL, sustained_26 integer NOT NULL,
                    counted_52 integer NOT NULL, sustained_52 integer NOT NULL, outcomes_counted integer NOT NULL, outcomes integer NOT NULL);
                CREATE INDEX ix_statistics_starts ON statistics_starts (period_from, period_to);
                CREATE TABLE statistics_internships (
                    period_from date NOT NULL, period_to date NOT NULL, local_authority_id integer NOT NULL, age_band smallint NOT NULL,
                    dc_level varchar(32) NOT NULL, finished integer NOT NULL, completed integer NOT NULL,
                    counted_6 integer NOT NULL, converted_6 integer NOT NULL, counted_12 integer NOT NULL, converted_12 integer NOT NULL);
                CREATE INDEX ix_statistics_internships ON statistics_internships (period_from, period_to);
                CREATE TABLE statistics_first_jobs (
                    period_from date NOT NULL, period_to date NOT NULL, local_authority_id integer NOT NULL, age_band smallint NOT NULL,
                    kind varchar(32) NOT NULL, dc_level varchar(32) NOT NULL, days integer[] NOT NULL);
                CREATE INDEX ix_statistics_first_jobs ON statistics_first_jobs (period_from, period_to, kind, dc_level);

                -- Moved on by every statement that changes spells or job seekers, so the refresh job builds again only
                -- after a change. A sequence, not a counter row: it takes no lock, so writers never wait on each other.
                CREATE SEQUENCE statistics_changes;
                CREATE FUNCTION note_statistics_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM nextval('statistics_changes');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER statistics_follow_spells AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON placement_spells
                    FOR EACH STATEMENT EXECUTE FUNCTION note_statistics_change();
                CREATE TRIGGER statistics_follow_job_seekers AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON job_seekers
                    FOR EACH STATEMENT EXECUTE FUNCTION note_statistics_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER statistics_follow_job_seekers ON job_seekers;
                DROP TRIGGER statistics_follow_spells ON placement_spells;
                DROP FUNCTION note_statistics_change();
                DROP SEQUENCE statistics_changes;
                DROP TABLE statistics_first_jobs, statistics_internships, statistics_starts, statistics_paid_work, statistics_job_seekers, statistics_snapshot;

                DROP TRIGGER placement_spells_follow_job_seeker ON job_seekers;
                DROP TRIGGER placement_spells_follow_opportunity ON opportunities;
                DROP TRIGGER placement_spells_follow_employer ON employers;
                DROP FUNCTION placement_spells_follow_job_seeker();
                DROP FUNCTION placement_spells_follow_opportunity();
                DROP FUNCTION placement_spells_follow_employer();
                DROP TRIGGER placement_spells_after_insert ON placement_events;
                DROP TRIGGER placement_spells_after_update ON placement_events;
                DROP TRIGGER placement_spells_after_delete ON placement_events;
                DROP FUNCTION refresh_placement_spells();
                """);

            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_job_seekers_nearest;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_opportunities_nearest;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS nearness(double precision, double precision, double precision, double precision);");

            migrationBuilder.DropTable(
                name: "adjustments");

            migrationBuilder.DropTable(
                name: "asp_net_role_claims");

            migrationBuilder.DropTable(
                name: "asp_net_user_claims");

            migrationBuilder.DropTable(
                name: "asp_net_user_logins");

            migrationBuilder.DropTable(
                name: "asp_net_user_roles");

            migrationBuilder.DropTable(
                name: "asp_net_user_tokens");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "consent_records");

            migrationBuilder.DropTable(
                name: "employment_checks");

            migrationBuilder.DropTable(
                name: "fairness_reports");

            migrationBuilder.DropTable(
                name: "follow_up_plans");

            migrationBuilder.DropTable(
                name: "import_runs");

            migrationBuilder.DropTable(
                name: "job_seeker_answers");

            migrationBuilder.DropTable(
                name: "match_feedback");

            migrationBuilder.DropTable(
                name: "outbox_emails");

            migrationBuilder.DropTable(
                name: "personal_links");

            migrationBuilder.DropTable(
                name: "placement_events");

            migrationBuilder.DropTable(
                name: "placement_spells");

            migrationBuilder.DropTable(
                name: "postcode_districts");

            migrationBuilder.DropTable(
                name: "profile_drafts");

            migrationBuilder.DropTable(
                name: "ranker_models");

            migrationBuilder.DropTable(
                name: "skills");

            migrationBuilder.DropTable(
                name: "asp_net_roles");

            migrationBuilder.DropTable(
                name: "follow_ups");

            migrationBuilder.DropTable(
                name: "placements");

            migrationBuilder.DropTable(
                name: "job_seekers");

            migrationBuilder.DropTable(
                name: "opportunities");

            migrationBuilder.DropTable(
                name: "asp_net_users");

            migrationBuilder.DropTable(
                name: "employer_sites");

            migrationBuilder.DropTable(
                name: "soc_unit_groups");

            migrationBuilder.DropTable(
                name: "local_authorities");

            migrationBuilder.DropTable(
                name: "employers");
        }
    }
}
