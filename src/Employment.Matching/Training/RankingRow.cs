using Microsoft.ML.Data;

namespace Employment.Matching.Training;

/// <summary>One labelled pair for ML.NET ranking: grade as the label, the person as the group.</summary>
public sealed class RankingRow
{
    public float Label { get; set; }

    public uint GroupId { get; set; }

    [VectorType(FeatureRow.FeatureCount)]
    public float[] Features { get; set; } = [];
}
