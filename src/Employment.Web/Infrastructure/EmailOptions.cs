namespace Employment.Web.Infrastructure;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>SMTP server; empty means "do not send": emails wait in the outbox, readable at /admin/outbox.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    public string? Username { get; set; }
    public string? Password { get; set; }

    public string FromAddress { get; set; } = "no-reply@employment.invalid";
    public string FromName { get; set; } = "Employment support";

    /// <summary>The site's public address, for links in emails (a job has no request to take it from).</summary>
    public string SiteBaseUrl { get; set; } = "http://localhost:5000";

    public int MaxAttempts { get; set; } = 8;
    public int MilestoneLinkValidDays { get; set; } = 28;

    // Schedules, UTC.
    public string SendCron { get; set; } = "* * * * *";
    public string DailyDigestCron { get; set; } = "0 6 * * *";
    public string MilestonesCron { get; set; } = "0 7 * * *";
    public string DcRemindersCron { get; set; } = "15 7 * * *";
    public string AccessToWorkRenewalsCron { get; set; } = "20 7 * * *";
    public string WeeklySummaryCron { get; set; } = "0 7 * * MON";

    public bool CanSend => !string.IsNullOrWhiteSpace(Host);

    public string Link(string pathAndQuery) => SiteBaseUrl.TrimEnd('/') + pathAndQuery;
}
