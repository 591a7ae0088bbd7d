using Employment.Matching.Scoring;

namespace Employment.Matching.Features;

/// <summary>
/// How much each factor moved one pair's score, in the scorer's own units: above 0 it raised the score, below 0 it
/// lowered it. For a model, the per-feature changes of the tree walk added up by factor (decision 0047); for the rule
/// scorer, its own terms.
/// </summary>
public sealed class FactorContributions
{
    private readonly double[] _byFactor;

    private FactorContributions(double[] byFactor) => _byFactor = byFactor;

    public double this[Factor factor] => _byFactor[(int)factor];

    /// <summary>The rule scorer's terms, each against nothing (0): its score is their sum.</summary>
    public static FactorContributions FromRule(MatchFeatures f, double weight = 1)
    {
        var byFactor = RuleScorer.Terms(f);
        for (var i = 0; i < byFactor.Length; i++)
        {
            byFactor[i] *= weight;
        }
        return new FactorContributions(byFactor);
    }

    /// <summary>
    /// Per-feature contributions (in <see cref="MatchFeatures.Names"/> order) added up by factor, plus the rule
    /// scorer's own terms times <paramref name="ruleWeight"/> when the model blends it in. The trees' splits on the
    /// rule score itself are credited to the rule's terms that moved the same way, in proportion to them: a split
    /// that raised the score because the rule liked the pair is credited to what the rule liked.
    /// </summary>
    public static FactorContributions FromFeatures(ReadOnlySpan<double> perFeature, MatchFeatures f, double ruleWeight)
    {
        var byFactor = new double[Factors.Count];
        for (var i = 0; i < perFeature.Length; i++)
        {
            if (Factors.OfFeature[i] is { } factor)
            {
                byFactor[(int)factor] += perFeature[i];
            }
        }
        var terms = RuleScorer.Terms(f);
        var onRule = perFeature[Factors.RuleScoreIndex];
        if (onRule != 0)
        {
            var sign = Math.Sign(onRule);
            var agreeing = terms.Sum(t => Math.Max(0, sign * t));
            if (agreeing > 0)
            {
                for (var k = 0; k < terms.Length; k++)
                {
                    byFactor[k] += onRule * Math.Max(0, sign * terms[k]) / agreeing;
                }
            }
        }
        if (ruleWeight != 0)
        {
            for (var k = 0; k < terms.Length; k++)
            {
                byFactor[k] += ruleWeight * terms[k];
            }
        }
        return new FactorContributions(byFactor);
    }
}
