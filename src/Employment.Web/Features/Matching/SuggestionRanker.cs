using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Features;
using Employment.Matching.Input;

namespace Employment.Web.Features.Matching;

/// <summary>Builds features for candidate pairs exactly as training does, scores them, and keeps the best.</summary>
public static class SuggestionRanker
{
    public const int Shown = 20;

    public static async Task<RankedSuggestions> RankAsync(IReadOnlyList<(JobSeeker Person, Opportunity Opportunity)> pairs, IPageScorer scorer, DateOnly today, CancellationToken cancellationToken)
    {
        var soc = SocHierarchy.FromReference();
        var inputs = pairs.Select(p => (p.Person, p.Opportunity, Profile: p.Person.ToProfile(), Facts: p.Opportunity.ToFacts(), Employer: p.Opportunity.Employer!.ToFacts())).ToList();
        var features = inputs.Select(i => FeatureBuilder.Build(i.Profile, i.Facts, i.Employer, today, soc)).ToList();
        var scored = await scorer.ScoreAsync(features, cancellationToken);
        var best = inputs
            .Select((i, n) => new Suggestion(i.Person, i.Opportunity, scored.Scores[n], (int)Math.Round(features[n].JourneyMinutes),
                MatchExplainer.Explain(features[n], i.Profile, i.Facts, i.Employer, soc)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Opportunity.Title, StringComparer.Ordinal)
            .ThenBy(s => s.Person.FirstName, StringComparer.Ordinal)
            .Take(Shown)
            .ToList();
        return new RankedSuggestions(best, scored.RankedBy);
    }
}
