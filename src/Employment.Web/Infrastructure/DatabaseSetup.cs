using Employment.Core.Data;
using Employment.Core.Hosting;
using Employment.Core.Reference;
using Npgsql;

namespace Employment.Web.Infrastructure;

public static class DatabaseSetup
{
    public static void AddEmploymentDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();

        var connectionString = ResolveConnectionString(builder);
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddDbContext<EmploymentDbContext>((services, options) =>
            options.UseEmploymentDatabase(services.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddScoped<ReferenceDataLoader>();
        builder.Services.AddScoped<PostcodeLocator>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ReferenceLists>();
        builder.Services.AddScoped<Employment.Core.Audit.AuditLog>();
        builder.Services.AddScoped<Features.JobSeekers.JobSeekerAccess>();
        builder.Services.AddScoped<Employment.Core.JobSeekers.SubjectAccess>();
        builder.Services.AddScoped<Employment.Core.JobSeekers.Erasure>();
        builder.Services.AddScoped<Features.JobSeekers.Profile.ProfileDrafts>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    private static string ResolveConnectionString(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Employment");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var folder = builder.Configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.LocalClusterFolder)}"];
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new InvalidOperationException(
                "No database is configured. Set the connection string ConnectionStrings__Employment, or run in Development, where the site starts its own PostgreSQL.");
        }
        return DevelopmentDatabase.Start(builder.Environment.ContentRootPath, folder, Console.WriteLine);
    }
}
