using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

/// <summary>Stops start-up on bad email settings, naming each one, rather than failing at the first send.</summary>
internal sealed class EmailOptionsValidation : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var problems = new List<string>();
        if (options.Port is < 1 or > 65535)
        {
            problems.Add($"{EmailOptions.Section}:Port must be between 1 and 65535, not {options.Port}.");
        }
        if (!MimeKit.MailboxAddress.TryParse(options.FromAddress, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            problems.Add($"{EmailOptions.Section}:FromAddress \"{options.FromAddress}\" is not an email address.");
        }
        if (!Uri.TryCreate(options.SiteBaseUrl, UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
        {
            problems.Add($"{EmailOptions.Section}:SiteBaseUrl \"{options.SiteBaseUrl}\" is not a web address (http:// or https://).");
        }
        if (string.IsNullOrEmpty(options.Username) != string.IsNullOrEmpty(options.Password))
        {
            problems.Add($"{EmailOptions.Section}:Username and Password are set together or not at all.");
        }
        if (options.MaxAttempts is < 1 or > 50)
        {
            problems.Add($"{EmailOptions.Section}:MaxAttempts must be between 1 and 50.");
        }
        if (options.MilestoneLinkValidDays is < 1 or > 365)
        {
            problems.Add($"{EmailOptions.Section}:MilestoneLinkValidDays must be between 1 and 365.");
        }
        foreach (var (setting, cron) in new[]
                 {
                     (nameof(options.SendCron), options.SendCron), (nameof(options.DailyDigestCron), options.DailyDigestCron),
                     (nameof(options.MilestonesCron), options.MilestonesCron), (nameof(options.DcRemindersCron), options.DcRemindersCron),
                     (nameof(options.WeeklySummaryCron), options.WeeklySummaryCron),
                     (nameof(options.AccessToWorkRenewalsCron), options.AccessToWorkRenewalsCron),
                 })
        {
            if (CronCheck.Problem(cron) is { } problem)
            {
                problems.Add($"{EmailOptions.Section}:{setting} is not a cron expression: {problem}");
            }
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
