namespace Employment.Matching.Training;

/// <summary>The kept model, what it measured, and every scorer's held-out figures for comparison.</summary>
public sealed record TrainingResult(TrainedModel Model, IReadOnlyList<ScorerMetrics> Metrics)
{
    /// <summary>The held-out pairs every figure was measured on, so a stored model can be compared with the current one on them.</summary>
    public IReadOnlyList<FeaturedPair> HeldOut { get; init; } = [];

    public ScorerMetrics Of(string scorer) => Metrics.First(m => m.Scorer == scorer);
}
