namespace Employment.Core.Casework;

/// <summary>The settings of "needs attention" (appsettings section <c>Attention</c>).</summary>
public sealed class AttentionOptions
{
    public const string Section = "Attention";

    /// <summary>A person not contacted for this many weeks needs attention.</summary>
    public int NoContactWeeks { get; set; } = 6;
}
