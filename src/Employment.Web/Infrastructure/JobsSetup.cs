using Hangfire;
using Hangfire.PostgreSql;
using Npgsql;

namespace Employment.Web.Infrastructure;

public sealed class HangfireOptions
{
    public const string Section = "Hangfire";

    public bool ServerEnabled { get; set; } = true;

    [System.ComponentModel.DataAnnotations.Range(1, 20)]
    public int WorkerCount { get; set; } = 2;
}

public static class JobsSetup
{
    public static void AddEmploymentJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HangfireOptions>().BindConfiguration(HangfireOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHangfire((services, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                options => options.UseConnectionFactory(new DataSourceConnectionFactory(services.GetRequiredService<NpgsqlDataSource>())),
                new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }));

        var options = builder.Configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();
        if (options.ServerEnabled)
        {
            builder.Services.AddHangfireServer(server => server.WorkerCount = options.WorkerCount);
        }
    }

    private sealed class DataSourceConnectionFactory(NpgsqlDataSource dataSource) : IConnectionFactory
    {
        public NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();
    }
}
