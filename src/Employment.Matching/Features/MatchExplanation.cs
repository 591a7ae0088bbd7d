namespace Employment.Matching.Features;

/// <summary>
/// Why a pair was suggested, and anything that stands in the way, in plain English for the job coach: reasons first by
/// how much they raised the score, blockers first by how much they lowered it. <see cref="Lines"/> keeps each line's
/// factor and contribution, so a test can hold the words to the numbers.
/// </summary>
public sealed record MatchExplanation(IReadOnlyList<ExplainedLine> Lines)
{
    public static readonly MatchExplanation None = new([]);

    public IReadOnlyList<string> Reasons { get; } = [.. Lines.Where(l => l.IsReason).Select(l => l.Text)];

    public IReadOnlyList<string> Blockers { get; } = [.. Lines.Where(l => !l.IsReason).Select(l => l.Text)];

    public bool HasBlockers => Blockers.Count > 0;
}

/// <summary>One reason or blocker, the factor it speaks for and how much that factor moved the score.</summary>
public sealed record ExplainedLine(Factor Factor, string Text, bool IsReason, double Contribution);
