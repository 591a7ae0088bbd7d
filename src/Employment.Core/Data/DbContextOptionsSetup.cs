using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Core.Data;

public static class DbContextOptionsSetup
{
    /// <summary>The one way every host (site, command line, tests) points EF Core at PostgreSQL.</summary>
    public static DbContextOptionsBuilder UseEmploymentDatabase(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(ColumnLimits.Instance);

    public static DbContextOptions<EmploymentDbContext> For(NpgsqlDataSource dataSource)
    {
        var builder = new DbContextOptionsBuilder<EmploymentDbContext>();
        builder.UseEmploymentDatabase(dataSource);
        return builder.Options;
    }
}
