namespace Employment.Matching.Ranking;

/// <summary>Scores in input order (higher is better), and in words which scorer gave them, for the page to show.</summary>
public sealed record RankedScores(float[] Scores, string RankedBy, int? ModelVersion);
