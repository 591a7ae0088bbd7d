using Employment.Matching.Scoring;

namespace Employment.Matching.Ranking;

/// <summary>
/// Scores in input order (higher is better), in words which scorer gave them, and that scorer, to explain the few
/// pairs a page shows (the rule scorer when none is given). <paramref name="TrainedAt"/> is the model's, when one ranked.
/// </summary>
public sealed record RankedScores(float[] Scores, string RankedBy, int? ModelVersion, IFactorExplainer? ExplainedBy = null, DateTimeOffset? TrainedAt = null)
{
    public IFactorExplainer Explainer => ExplainedBy ?? RuleExplainer;

    private static readonly RuleScorer RuleExplainer = new();
}
