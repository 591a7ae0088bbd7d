using Employment.Matching.Features;

namespace Employment.Matching.Scoring;

/// <summary>Random order, seeded: the floor any ranker must clear.</summary>
public sealed class RandomScorer(int seed) : IMatchScorer
{
    public string Name => "Random order";

    public float[] Score(IReadOnlyList<MatchFeatures> pairs)
    {
        var random = new Random(seed);
        var scores = new float[pairs.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = (float)random.NextDouble();
        }
        return scores;
    }
}
