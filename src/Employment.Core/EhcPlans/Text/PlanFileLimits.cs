namespace Employment.Core.EhcPlans.Text;

/// <summary>Limits that keep one hostile or accidental file from taking the server's memory or time (decision 0041).</summary>
public static class PlanFileLimits
{
    /// <summary>Real plans are well under 5 MB; 20 MB leaves room for embedded photographs.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>The most a .docx may expand to, all parts together, measured while decompressing (not trusting the sizes the zip declares).</summary>
    public const long MaxExpandedBytes = 100 * 1024 * 1024;

    public const int MaxPdfPages = 200;

    public static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
