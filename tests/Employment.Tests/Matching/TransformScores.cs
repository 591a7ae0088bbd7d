using Employment.Matching.Features;
using Employment.Matching.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Employment.Tests.Matching;

/// <summary>A fit's scores through ML.NET's own Transform: the reference the product's direct tree walks must equal.</summary>
internal static class TransformScores
{
    /// <summary>
    /// The fit's score for each pair: its output, or, for an ordinal fit of a model that ranks by expected gain
    /// (decision 0099), that score from its output asked about each outcome in turn.
    /// </summary>
    public static float[] Of(ITransformer fit, IReadOnlyList<MatchFeatures> features, bool byExpectedGain)
    {
        var odds = byExpectedGain ? TreeEnsembleScorer.OddsOf(fit) : null;
        if (odds is null)
        {
            return Output(fit, features);
        }
        var byOutcome = ExpectedGain.Asked.Select(asked => Output(fit, features, asked)).ToArray();
        return [.. features.Select((_, i) => (float)ExpectedGain.Score(byOutcome.Select(o => o[i]).ToArray(), odds.Value))];
    }

    /// <summary>The fit's own output for each pair, asking about <paramref name="asked"/> (an offer unless said).</summary>
    public static float[] Output(ITransformer fit, IReadOnlyList<MatchFeatures> features, float asked = MatchFeatures.PairsOutcomeThreshold)
    {
        var rows = features.Select(f =>
        {
            var row = FeatureRow.From(f);
            row.Features[MatchFeatures.OutcomeThresholdIndex] = asked;
            return row;
        });
        return fit.Transform(new MLContext().Data.LoadFromEnumerable(rows)).GetColumn<float>("Score").ToArray();
    }
}
