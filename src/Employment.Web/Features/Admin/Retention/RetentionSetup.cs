using Employment.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Admin.Retention;

public static class RetentionSetup
{
    public static void AddEmploymentRetention(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RetentionOptions>>(new ValidateOptions<RetentionOptions>(null,
            o => CronCheck.Problem(o.Cron) is null, $"{RetentionOptions.Section}:{nameof(RetentionOptions.Cron)} is not a cron expression"));
        builder.Services.AddTransient<RetentionJob>();
    }
}
