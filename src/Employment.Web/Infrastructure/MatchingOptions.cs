namespace Employment.Web.Infrastructure;

public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>When the nightly retrain runs (UTC); after midnight so the day's placement events are in.</summary>
    public string RetrainCron { get; set; } = "30 2 * * *";
}
