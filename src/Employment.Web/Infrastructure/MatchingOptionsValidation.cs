using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

/// <summary>Stops start-up on a bad retrain schedule, naming the setting, rather than failing when the job is registered.</summary>
internal sealed class MatchingOptionsValidation : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options) =>
        CronCheck.Problem(options.RetrainCron) is { } problem
            ? ValidateOptionsResult.Fail($"{MatchingOptions.Section}:{nameof(MatchingOptions.RetrainCron)} is not a cron expression: {problem}")
            : ValidateOptionsResult.Success;
}
