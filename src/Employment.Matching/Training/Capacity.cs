namespace Employment.Matching.Training;

/// <summary>How much a tree ensemble may learn: trees, leaves per tree, fewest pairs in a leaf, learning rate.</summary>
public sealed record Capacity(int Trees, int Leaves, int MinimumPairsPerLeaf, double LearningRate)
{
    /// <summary>The old fixed setting, tuned on the demo world's noisy few thousand pairs: small trees, many pairs per leaf.</summary>
    public static readonly Capacity Cautious = new(300, 4, 50, 0.03);

    public static readonly Capacity Moderate = new(300, 8, 20, 0.05);
    public static readonly Capacity Large = new(800, 16, 20, 0.05);
    public static readonly Capacity Larger = new(700, 32, 30, 0.05);

    /// <summary>
    /// The capacities worth trying for this many people with differing outcomes: a council's few hundred cannot feed
    /// 32-leaf trees, and a county's tens of thousands are held back by 4-leaf ones (measured, decision 0046). Trees
    /// is the most tried: cross-validation also measures a fraction of them (early stopping, decision 0082).
    /// </summary>
    public static IReadOnlyList<Capacity> ForPeople(int people) => people switch
    {
        < 1_000 => [Cautious, Moderate],
        < 10_000 => [Cautious, Moderate, Large],
        _ => [Moderate, Large, Larger],
    };

    public override string ToString() => $"{Trees} trees of {Leaves} leaves, at least {MinimumPairsPerLeaf} pairs a leaf, learning rate {LearningRate:0.###}";
}
