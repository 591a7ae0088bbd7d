namespace Employment.Web.Features.Admin.Imports;

/// <summary>Settings under <c>Imports:</c>.</summary>
public sealed class ImportSettings
{
    /// <summary>The hard ceiling on a request; anything between the setting below and this gets a plain-English error.</summary>
    public const long RequestCeilingBytes = 1L << 30;

    /// <summary>Largest upload, in megabytes, for all files together (after unzipping).</summary>
    public int MaxUploadMegabytes { get; set; } = 250;

    /// <summary>Uploads up to this size are imported during the request; larger ones run as a background job.</summary>
    public long InlineMaxBytes { get; set; } = 1_000_000;

    /// <summary>How often a job server looks for imports whose job is no longer alive (decision 0053).</summary>
    public string InterruptedCheckCron { get; set; } = "*/5 * * * *";

    public static ImportSettings From(IConfiguration configuration) =>
        configuration.GetSection("Imports").Get<ImportSettings>() ?? new ImportSettings();
}
