using Employment.Core;
using Employment.Core.Data;
using Employment.Core.Reference;
using Npgsql;

namespace Employment.Web.Infrastructure;

public static class DatabaseSetup
{
    public static void AddEmploymentDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();

        if (!builder.HasEmploymentDatabase())
        {
            throw new InvalidOperationException(NoDatabaseMessage);
        }
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)!;
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddDbContext<EmploymentDbContext>((services, options) =>
            options.UseEmploymentDatabase(services.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddEmploymentServices();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ReferenceLists>();
        builder.Services.AddScoped<Features.JobSeekers.JobSeekerAccess>();
        builder.Services.AddScoped<Features.Internships.ProgrammeAccess>();
        builder.Services.AddScoped<Features.Referrals.ReferralAccess>();
        builder.Services.AddScoped<Features.JobSeekers.Profile.ProfileDrafts>();
        builder.Services.AddScoped<Features.Employer.ActingEmployers>();
        builder.Services.AddScoped<Features.JobSeekers.Profile.StepValidators>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Pipeline.ReadyTag]);
    }

    public const string NoDatabaseMessage =
        "No database is configured. Set the connection string ConnectionStrings__Employment, or run in Development with `dotnet run --project src/Employment.Web`, where the site starts its own PostgreSQL.";

    public const string UnreachableMessage =
        "The database did not answer: check that PostgreSQL is running and that ConnectionStrings__Employment names the right server, database, user and password.";

    private const string ConnectionStringName = "Employment";

    /// <summary>Whether a connection string is set; without one the site stops with <see cref="NoDatabaseMessage"/>.</summary>
    public static bool HasEmploymentDatabase(this WebApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionStringName));
}
