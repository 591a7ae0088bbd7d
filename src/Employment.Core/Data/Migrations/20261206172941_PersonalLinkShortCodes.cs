using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PersonalLinkShortCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "short_code_hash",
                table: "personal_links",
                type: "bytea",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_personal_links_short_code_hash",
                table: "personal_links",
                column: "short_code_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_personal_links_short_code_hash",
                table: "personal_links");

            migrationBuilder.DropColumn(
                name: "short_code_hash",
                table: "personal_links");
        }
    }
}
