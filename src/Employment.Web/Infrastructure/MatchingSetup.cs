using Employment.Core.Data;
using Employment.Matching.Features;
using Employment.Matching.Ranking;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Employment.Web.Infrastructure;

public static class MatchingSetup
{
    /// <summary>The match ranker for the pages, and (when this instance runs Hangfire jobs) the nightly retrain.</summary>
    public static void AddEmploymentMatching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidation>();

        builder.Services.AddSingleton(services =>
        {
            var dataSource = services.GetRequiredService<NpgsqlDataSource>();
            return new MatchRanker(() => new EmploymentDbContext(DbContextOptionsSetup.For(dataSource)),
                services.GetRequiredService<TimeProvider>(), SocHierarchy.FromReference());
        });
        builder.Services.AddTransient<RetrainRankerJob>();

        var hangfire = builder.Configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();
        if (hangfire.ServerEnabled)
        {
            builder.Services.AddHostedService<RecurringJobsRegistration>();
        }
    }
}
