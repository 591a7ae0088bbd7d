using Employment.Matching.Features;
using Microsoft.ML.Data;

namespace Employment.Matching.Training;

/// <summary>
/// One question about one pair for the ordinal trainer: did the pair's placement reach this grade? Every pair gives
/// one row for each grade from 1 to 4, the grade asked about written into <see cref="MatchFeatures.OutcomeThreshold"/>
/// (less 2, so that 0, an offer or better, is what scoring asks). Decision 0090.
/// </summary>
public sealed class ThresholdRow
{
    public static readonly int[] Thresholds = [1, 2, 3, 4];

    public bool Reached { get; set; }

    [VectorType(FeatureRow.FeatureCount)]
    public float[] Features { get; set; } = [];

    public static IEnumerable<ThresholdRow> Of(IEnumerable<FeaturedPair> pairs)
    {
        foreach (var pair in pairs)
        {
            var features = pair.Features.ToVector();
            foreach (var threshold in Thresholds)
            {
                var asked = (float[])features.Clone();
                asked[MatchFeatures.OutcomeThresholdIndex] = threshold - 2;
                yield return new ThresholdRow { Reached = pair.Pair.Grade >= threshold, Features = asked };
            }
        }
    }
}
