using Employment.Matching.Training;

namespace Employment.Matching.Store;

/// <summary>The model ranking now and its version.</summary>
public sealed record CurrentModel(int Version, TrainedModel Model);
