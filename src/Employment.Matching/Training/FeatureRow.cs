using Employment.Matching.Features;
using Microsoft.ML.Data;

namespace Employment.Matching.Training;

/// <summary>The input schema of a saved model: the feature vector only, so scoring needs no label or group.</summary>
public sealed class FeatureRow
{
    [VectorType(FeatureCount)]
    public float[] Features { get; set; } = [];

    // Must equal MatchFeatures.Count; a test holds them together.
    public const int FeatureCount = 100;

    public static FeatureRow From(MatchFeatures features) => new() { Features = features.ToVector() };
}
