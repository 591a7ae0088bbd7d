namespace Employment.Web.Infrastructure;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply migrations and reference data when the site starts (on in Development).</summary>
    public bool MigrateOnStart { get; set; }
}
