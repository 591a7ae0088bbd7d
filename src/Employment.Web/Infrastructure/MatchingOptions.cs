namespace Employment.Web.Infrastructure;

public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>When the nightly retrain runs (UTC); after midnight so the day's placement events are in.</summary>
    public string RetrainCron { get; set; } = "30 2 * * *";

    /// <summary>
    /// When the site starts with placement history but no model ever trained (the demo world, a council's first
    /// import), a job trains one in the background at once rather than at the first night (decision 0064).
    /// </summary>
    public bool TrainFirstModelOnStart { get; set; } = true;
}
