namespace Employment.Matching.Training;

/// <summary>What is known about a trained model; written beside the model file as JSON.</summary>
public sealed record ModelInfo
{
    public required string Trainer { get; init; }
    public required DateTimeOffset TrainedAt { get; init; }
    public required int FeatureVersion { get; init; }
    public required IReadOnlyList<string> FeatureNames { get; init; }
    public required int TrainingPairs { get; init; }
    public required int TrainingCandidates { get; init; }
    public required int HeldOutPairs { get; init; }
    public required int HeldOutCandidates { get; init; }
    public required IReadOnlyList<ScorerMetrics> HeldOutMetrics { get; init; }
}
