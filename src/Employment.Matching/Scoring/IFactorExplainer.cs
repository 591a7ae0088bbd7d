using Employment.Matching.Features;

namespace Employment.Matching.Scoring;

/// <summary>A scorer that can say how much each factor moved one pair's score. Asked only for the few pairs a page shows.</summary>
public interface IFactorExplainer
{
    FactorContributions Contributions(MatchFeatures pair);
}
