using System.ComponentModel.DataAnnotations;

namespace Employment.Web.Features.Admin.Retention;

/// <summary>Configuration section "Retention": how long what is kept, and when the job that enforces it runs (UTC).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Days an email's text is kept after it was sent (or, if it never went, after it was queued).</summary>
    [Range(1, 3650)]
    public int OutboxBodyDays { get; set; } = 30;

    public string Cron { get; set; } = "30 2 * * *";
}
