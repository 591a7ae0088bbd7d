using Employment.Matching.Features;
using Employment.Matching.Scoring;

namespace Employment.Web.Features.Matching;

/// <summary>The transparent rule scorer, for when no stored-model ranker is registered.</summary>
public sealed class RulePageScorer : IPageScorer
{
    public const string RankedBy = "Ranked by the rule scorer";

    private static readonly RuleScorer Rule = new();

    public Task<PageScores> ScoreAsync(IReadOnlyList<MatchFeatures> features, CancellationToken cancellationToken) =>
        Task.FromResult(new PageScores(Rule.Score(features), RankedBy));
}
