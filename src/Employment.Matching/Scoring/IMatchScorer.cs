using Employment.Matching.Features;

namespace Employment.Matching.Scoring;

/// <summary>Scores pairs: higher is a better match; only the order within one person counts. Implementations are thread-safe.</summary>
public interface IMatchScorer
{
    string Name { get; }

    float[] Score(IReadOnlyList<MatchFeatures> pairs);
}
