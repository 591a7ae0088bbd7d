using Employment.Matching.Ranking;

namespace Employment.Web.Features.Matching;

/// <summary>The one line that chooses the pages' scorer: the stored-model ranker when registered, otherwise the rule scorer.</summary>
public static class PageScorers
{
    public static IPageScorer For(IServiceProvider services) =>
        services.GetService(typeof(MatchRanker)) is MatchRanker ranker ? new RankerPageScorer(ranker) : new RulePageScorer();
}
