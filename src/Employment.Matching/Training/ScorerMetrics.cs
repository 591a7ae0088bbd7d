namespace Employment.Matching.Training;

/// <summary>Held-out NDCG of one scorer.</summary>
public sealed record ScorerMetrics(string Scorer, double NdcgAt5, double NdcgAt10);
