using Hangfire;
using Hangfire.PostgreSql;
using Employment.Web.Infrastructure.Observability;
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
        builder.AddEmploymentEmail();
        Features.Admin.Retention.RetentionSetup.AddEmploymentRetention(builder);
        builder.Services.AddTransient<Features.Adviser.RefreshStatisticsJob>();
        builder.Services.AddTransient<Features.Admin.Imports.MarkInterruptedImportsJob>();
        builder.Services.AddOptions<StatisticsOptions>().BindConfiguration(StatisticsOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<StatisticsOptions>, StatisticsOptionsValidation>();
        builder.Services.AddOptions<HangfireOptions>().BindConfiguration(HangfireOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Hangfire's own configuration is one static for the whole process, "the last site configured wins" (decision 0084):
        // the site's storage and job activator are its own services, so its job client, job server and dashboard never use
        // another site's database or services, and the log provider falls silent, rather than throwing, once the site
        // that configured it has stopped.
        builder.Services.AddSingleton<JobStorage>(services => new PostgreSqlStorage(
            new DataSourceConnectionFactory(services.GetRequiredService<NpgsqlDataSource>()),
            new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }));
        builder.Services.AddSingleton<JobActivator>(services => new Hangfire.AspNetCore.AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire((services, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogs(services.GetRequiredService<ILoggerFactory>()))
            .UseEmploymentJobTelemetry()
            .UseStorage(services.GetRequiredService<JobStorage>()));

        var options = builder.Configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();
        if (Nodes.NodeRoles.RunsJobs(builder.Configuration))
        {
            builder.Services.AddHangfireServer(server => server.WorkerCount = options.WorkerCount);
        }
    }

    /// <summary>
    /// The dashboard for administrators: the endpoint's own authorization sends others to sign in or refuses them, so
    /// Hangfire's filter (which by default allows local requests only) has nothing left to decide.
    /// </summary>
    public static void MapEmploymentJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions { Authorization = [new AlreadyAuthorized()], DisplayStorageConnectionString = false, AppPath = "/admin" })
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = Employment.Core.Accounts.Roles.Admin });
    }

    public const string DashboardPath = "/hangfire";

    private sealed class AlreadyAuthorized : Hangfire.Dashboard.IDashboardAuthorizationFilter
    {
        public bool Authorize(Hangfire.Dashboard.DashboardContext context) => true;
    }

    private sealed class DataSourceConnectionFactory(NpgsqlDataSource dataSource) : IConnectionFactory
    {
        public NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();
    }
}
