using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class OpportunitiesPostedOnIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_opportunities_posted_on",
                table: "opportunities",
                column: "posted_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_opportunities_posted_on",
                table: "opportunities");
        }
    }
}
