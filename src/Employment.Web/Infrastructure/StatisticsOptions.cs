using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

public sealed class StatisticsOptions
{
    public const string Section = "Statistics";

    /// <summary>How often (UTC) the adviser statistics are worked out again if records changed (decision 0027).</summary>
    public string RefreshCron { get; set; } = "*/10 * * * *";
}

/// <summary>Stops start-up on a bad refresh schedule, naming the setting.</summary>
internal sealed class StatisticsOptionsValidation : IValidateOptions<StatisticsOptions>
{
    public ValidateOptionsResult Validate(string? name, StatisticsOptions options) =>
        CronCheck.Problem(options.RefreshCron) is { } problem
            ? ValidateOptionsResult.Fail($"{StatisticsOptions.Section}:{nameof(StatisticsOptions.RefreshCron)} is not a cron expression: {problem}")
            : ValidateOptionsResult.Success;
}
