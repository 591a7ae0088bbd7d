using Employment.Matching.Training;

namespace Employment.Matching.Store;

/// <summary>A stored model's version, its held-out figures beside the rule scorer's and the current model's, and whether it was promoted.</summary>
public sealed record StoreOutcome(
    int Version,
    bool Promoted,
    ScorerMetrics Model,
    ScorerMetrics Rule,
    ScorerMetrics Random,
    int? PreviousVersion,
    double? PreviousNdcgAt10,
    string Reason);
