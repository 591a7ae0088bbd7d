namespace Employment.Development;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Load the demo world into an empty database when the site starts (Development only).</summary>
    public bool LoadOnFirstStart { get; set; }

    public int Seed { get; set; } = 2026;
}
