using Employment.Matching.Features;
using Employment.Matching.Ranking;

namespace Employment.Web.Features.Matching;

/// <summary>The stored-model ranker (which falls back to the rule scorer itself), in the pages' words.</summary>
public sealed class RankerPageScorer(MatchRanker ranker) : IPageScorer
{
    public async Task<PageScores> ScoreAsync(IReadOnlyList<MatchFeatures> features, CancellationToken cancellationToken)
    {
        var ranked = await ranker.ScoreAsync(features, cancellationToken);
        var rankedBy = ranked.ModelVersion is null ? $"Ranked by the {ranked.RankedBy}" : $"Ranked by {ranked.RankedBy}";
        return new PageScores(ranked.Scores, rankedBy);
    }
}
