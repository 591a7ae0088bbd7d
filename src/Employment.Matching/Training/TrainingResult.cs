namespace Employment.Matching.Training;

/// <summary>The kept model, what it measured, and every scorer's held-out figures for comparison.</summary>
public sealed record TrainingResult(TrainedModel Model, IReadOnlyList<ScorerMetrics> Metrics)
{
    public ScorerMetrics Of(string scorer) => Metrics.First(m => m.Scorer == scorer);
}
