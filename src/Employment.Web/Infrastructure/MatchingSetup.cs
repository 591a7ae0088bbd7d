using Employment.Matching;
using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

public static class MatchingSetup
{
    /// <summary>Matching for the pages, and (when this instance runs Hangfire jobs) the nightly retrain.</summary>
    public static void AddEmploymentMatching(this WebApplicationBuilder builder)
    {
        builder.Services.AddMatching();

        builder.Services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidation>();
        builder.Services.AddTransient<RetrainRankerJob>();
        if (Nodes.NodeRoles.RunsJobs(builder.Configuration))
        {
            builder.Services.AddHostedService<RecurringJobsRegistration>();
            builder.Services.AddHostedService<FirstModelOnStart>();
        }
    }
}
