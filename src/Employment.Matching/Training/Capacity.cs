namespace Employment.Matching.Training;

/// <summary>How much a tree ensemble may learn: trees, leaves per tree, fewest pairs in a leaf, learning rate.</summary>
/// <param name="FeatureFraction">Share of the features each tree may split on (LightGbm only; 1 = all).</param>
/// <param name="SubsampleFraction">Share of the pairs each tree is fitted to, drawn afresh for every tree (LightGbm only; 1 = all).</param>
public sealed record Capacity(int Trees, int Leaves, int MinimumPairsPerLeaf, double LearningRate, double FeatureFraction = 1, double SubsampleFraction = 1)
{
    /// <summary>The old fixed setting, tuned on the demo world's noisy few thousand pairs: small trees, many pairs per leaf.</summary>
    public static readonly Capacity Cautious = new(300, 4, 50, 0.03);

    public static readonly Capacity Moderate = new(300, 8, 20, 0.05);

    /// <summary>Moderate with leaves of 10 pairs: chosen on noisy 300-person worlds, where it did better (decision 0088).</summary>
    public static readonly Capacity ModerateSmallLeaves = Moderate with { MinimumPairsPerLeaf = 10 };

    /// <summary>Moderate, each tree seeing 60% of the features and 80% of the pairs: on 300-person worlds, with the ordinal trainer, better on 10 of 16 and worse on 3 (decision 0090).</summary>
    public static readonly Capacity ModerateSampled = Moderate with { FeatureFraction = 0.6, SubsampleFraction = 0.8 };

    /// <summary>
    /// Each tree sees 60% of the features and 80% of the pairs: on 3,000-person worlds better on 10 of 12 (decision
    /// 0086). Up to 900 trees: with 800, cross-validation chose all of them on 12 of 24 county worlds, and 1,200 ordered
    /// new people better on 15 and worse on 4 (decision 0098); ranked by expected gain, which reads each asking tree's
    /// leaves up to four times, 1,200 missed the batch goal, so 900 (decision 0099).
    /// </summary>
    public static readonly Capacity Large = new(900, 16, 20, 0.05, FeatureFraction: 0.6, SubsampleFraction: 0.8);

    /// <summary>
    /// The most 8-leaf trees tried below 1,000 people. With 300, cross-validation chose all 300 on 10 of 16 worlds, so the
    /// count it wanted lay past the end of what it could choose; with 600 it chooses among 75 to 600 (decision 0093).
    /// </summary>
    public const int SmallCouncilTrees = 600;

    /// <summary>
    /// The capacities worth trying for this many people with differing outcomes: a council's few hundred cannot feed
    /// 16-leaf trees, and a county's tens of thousands are held back by 4-leaf ones (measured, decision 0046). Trees
    /// is the most tried: cross-validation also measures a fraction of them (early stopping, decision 0082). 32-leaf
    /// trees, once tried from 10,000 people, are not: they would be scored a row at a time, and ranked by expected
    /// gain no faster than a leaf per question (decision 0099).
    /// </summary>
    public static IReadOnlyList<Capacity> ForPeople(int people) => people switch
    {
        < 1_000 => [Cautious, .. new[] { Moderate, ModerateSmallLeaves, ModerateSampled }.Select(c => c with { Trees = SmallCouncilTrees })],
        < 10_000 => [Cautious, Moderate, Large],
        _ => [Moderate, Large],
    };

    /// <summary>
    /// Below 1,000 people, this many fits are averaged, each with its own cross-validation folds and seed (decision
    /// 0094): a few hundred people's choice and fit are noisy, and their average ordered new people better on 22 of 28
    /// small worlds. Five fits of at most 600 trees of 8 leaves cost about twice a county's largest model to score per
    /// pair; a small council's pages and batches are small, and the benchmark times its page too.
    /// </summary>
    public const int SmallCouncilFits = 5;

    /// <summary>How many fits to average for this many people with differing outcomes.</summary>
    public static int FitsForPeople(int people) => people < 1_000 ? SmallCouncilFits : 1;

    /// <summary>The capacity of the costliest fit a small council's data can give: 600 trees of 8 leaves.</summary>
    public static Capacity SmallCouncilLargest => ForPeople(0).MaxBy(c => c.Trees * c.Leaves)!;

    /// <summary>
    /// The capacity whose models cost most to score, which pages and batches must afford (the ranker benchmark fits
    /// it): the most trees, then the most leaves. QuickScorer's cost grows with the trees (a mask to clear and a leaf
    /// to find per tree and row) far more than with their leaves (decision 0091).
    /// </summary>
    public static Capacity Largest => ForPeople(int.MaxValue).OrderByDescending(c => c.Trees).ThenByDescending(c => c.Leaves).First();

    public override string ToString() => $"{Trees} trees of {Leaves} leaves, at least {MinimumPairsPerLeaf} pairs a leaf, learning rate {LearningRate:0.###}"
        + (FeatureFraction < 1 || SubsampleFraction < 1 ? $", each tree seeing {FeatureFraction:0%} of the features and {SubsampleFraction:0%} of the pairs" : "");
}
