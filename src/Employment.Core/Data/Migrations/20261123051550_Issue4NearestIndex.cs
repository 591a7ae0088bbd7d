using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Employment.Core.Data.Migrations
{
    /// <summary>
    /// Nearest-first candidates from an index (decision 0025): the SQL function <c>nearness</c> (see <see cref="Nearness"/>)
    /// and GiST indexes on the same expression, <c>point(longitude * 0.6088, latitude)</c>, for opportunities and people,
    /// so <c>ORDER BY nearness(…) LIMIT 2000</c> is a KNN index scan. Built-in PostgreSQL; no PostGIS.
    /// </summary>
    public partial class Issue4NearestIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Nearness.CreateFunctionSql);
            migrationBuilder.Sql("CREATE INDEX ix_opportunities_nearest ON opportunities USING gist (point(longitude * 0.6088, latitude));");
            migrationBuilder.Sql("CREATE INDEX ix_job_seekers_nearest ON job_seekers USING gist (point(home_longitude * 0.6088, home_latitude));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_job_seekers_nearest;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_opportunities_nearest;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS nearness(double precision, double precision, double precision, double precision);");
        }
    }
}
