using Employment.Matching.Training;

namespace Employment.Matching.Store;

/// <summary>What a retrain learned from and what became of the model it kept.</summary>
public sealed record RetrainOutcome(int LabelledPairs, TrainingResult Training, StoreOutcome Stored);
