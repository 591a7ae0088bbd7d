using Employment.Matching.Scoring;

namespace Employment.Matching.Training;

/// <summary>Measures any scorer on the same held-out groups with the same NDCG function.</summary>
public static class Evaluation
{
    public static ScorerMetrics Measure(IMatchScorer scorer, IReadOnlyList<FeaturedPair> heldOut)
    {
        // Pairs come sorted by candidate then vacancy id: a neutral order for breaking ties.
        var scores = scorer.Score(heldOut.Select(p => p.Features).ToList());
        var groups = heldOut.Select((p, i) => (p.Pair.CandidateId, p.Pair.Grade, Score: scores[i]))
            .GroupBy(x => x.CandidateId, StringComparer.Ordinal)
            .Select(g => ((IReadOnlyList<int>)g.Select(x => x.Grade).ToList(), (IReadOnlyList<float>)g.Select(x => x.Score).ToList()))
            .ToList();
        return new ScorerMetrics(scorer.Name, Ndcg.Mean(5, groups), Ndcg.Mean(10, groups));
    }
}
