namespace Employment.Matching.Fairness;

/// <summary>
/// One group's row. NDCG is null when no one in the group had outcomes that differ (nothing to order); a model's
/// figures are null when no model is stored. Small groups carry their count only, never a rate.
/// </summary>
public sealed record GroupFigures(string Group, int People, double PairShare, double? ModelNdcgAt10, double? RuleNdcgAt10, double? ModelExposure, double RuleExposure)
{
    public const int SmallestShown = 5;

    [System.Text.Json.Serialization.JsonIgnore]
    public bool Suppressed => People < SmallestShown;
}
