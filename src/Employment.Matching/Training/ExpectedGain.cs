using Employment.Matching.Features;

namespace Employment.Matching.Training;

/// <summary>
/// Ranks a pair by the gain NDCG expects of it (decision 0099), from the ordinal trainer's answer to each outcome
/// question: the chance of reaching grade k, P(k), gains 2^k − 1, so E[gain] = Σ P(k) × 2^(k−1), each grade's step
/// counted once. Asking about an offer alone ranks a pair likely to be interviewed and offered, but unlikely to last,
/// above one with a smaller chance of an offer and a far better chance of 13 weeks in work.
/// </summary>
public static class ExpectedGain
{
    /// <summary>The grades asked about, 1 to 4, as <see cref="MatchFeatures.OutcomeThreshold"/> holds them (the grade less 2).</summary>
    public static readonly float[] Asked = [.. ThresholdRow.Thresholds.Select(t => (float)(t - 2))];

    /// <summary>What reaching each grade adds to NDCG's gain (2^k − 1 less 2^(k−1) − 1).</summary>
    private static readonly double[] Step = [.. ThresholdRow.Thresholds.Select(t => Math.Pow(2, t - 1))];

    /// <summary>
    /// The score: −ln of the gain expected to be missed, Σ (1 − P(k)) × step. It orders pairs as the expected gain
    /// does, and keeps them apart where every chance is close to 1 (which the gain itself, in a float, would tie).
    /// </summary>
    /// <param name="logOdds">The trees' output for each grade asked about, in <see cref="Asked"/>'s order.</param>
    /// <param name="odds">How the trees' output turns into a chance (the model's own Platt calibration).</param>
    public static double Score(ReadOnlySpan<float> logOdds, OutcomeOdds odds) => -Math.Log(Missed(logOdds, odds));

    /// <summary>
    /// How much the score moves for a small move in each grade's trees' output: the weights that turn each grade's
    /// per-feature contributions into the score's (a weighted sum with every weight positive, so a feature that
    /// raised the chance of every grade raises the score).
    /// </summary>
    public static void Slopes(ReadOnlySpan<float> logOdds, OutcomeOdds odds, Span<double> slopes)
    {
        var missed = Missed(logOdds, odds);
        for (var k = 0; k < Step.Length; k++)
        {
            var q = odds.ChanceMissed(logOdds[k]);
            slopes[k] = Step[k] * odds.Sharpness * q * (1 - q) / missed;
        }
    }

    /// <summary>The gain expected to be missed: Σ (1 − P(k)) × step.</summary>
    private static double Missed(ReadOnlySpan<float> logOdds, OutcomeOdds odds)
    {
        var missed = 0.0;
        for (var k = 0; k < Step.Length; k++)
        {
            missed += Step[k] * odds.ChanceMissed(logOdds[k]);
        }
        return missed;
    }
}

/// <summary>
/// The chance the trees' output means, as the model's Platt calibration gives it: P = 1 / (1 + e^(slope × output +
/// offset)). ML.NET fits LightGbm's logistic loss with a sigmoid of 0.5, so the slope is −0.5.
/// </summary>
public readonly record struct OutcomeOdds(double Slope, double Offset)
{
    /// <summary>How steeply the chance rises with the output: −slope.</summary>
    public double Sharpness => -Slope;

    /// <summary>1 − P, written so that it keeps its precision when P is close to 1.</summary>
    public double ChanceMissed(float output) => 1 / (1 + Math.Exp(-(Slope * output + Offset)));
}
