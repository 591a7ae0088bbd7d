using Employment.Matching.Features;

namespace Employment.Web.Features.Matching;

/// <summary>Scores a page's pairs and says, in words for the coach, which scorer ranked them.</summary>
public interface IPageScorer
{
    Task<PageScores> ScoreAsync(IReadOnlyList<MatchFeatures> features, CancellationToken cancellationToken);
}
