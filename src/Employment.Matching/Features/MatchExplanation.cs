namespace Employment.Matching.Features;

/// <summary>Why a pair was suggested, and anything that stands in the way, in plain English for the job coach.</summary>
public sealed record MatchExplanation(IReadOnlyList<string> Reasons, IReadOnlyList<string> Blockers)
{
    public bool HasBlockers => Blockers.Count > 0;
}
