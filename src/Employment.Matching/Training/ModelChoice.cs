namespace Employment.Matching.Training;

/// <summary>
/// A trainer, a capacity and how much of the rule scorer to add: score = trees + <see cref="RuleShare"/> × rule score
/// (scaled to the trees' spread), or the rule scorer alone when <see cref="RuleOnly"/>.
/// </summary>
public sealed record ModelChoice(string Trainer, Capacity Capacity, double RuleShare, bool RuleOnly = false)
{
    public override string ToString() => RuleOnly ? "the rule scorer alone"
        : RuleShare == 0 ? $"{Trainer}, {Capacity}"
        : $"{Trainer}, {Capacity}, plus the rule scorer at {RuleShare:0.#} of the trees' spread";
}

/// <summary>One choice's mean NDCG over the cross-validation folds.</summary>
public sealed record CrossValidated(string Choice, double NdcgAt5, double NdcgAt10);
