namespace Employment.Web.Infrastructure;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply migrations and reference data when the site starts (on in Development).</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>When no connection string is configured, run a private cluster in this folder (relative to the repository root).</summary>
    public string? LocalClusterFolder { get; set; }
}

public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool LoadOnFirstStart { get; set; }
    public int Seed { get; set; } = 2026;
}
