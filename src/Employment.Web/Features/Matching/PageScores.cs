namespace Employment.Web.Features.Matching;

/// <summary>Scores in input order, and which scorer gave them.</summary>
public sealed record PageScores(float[] Scores, string RankedBy);
