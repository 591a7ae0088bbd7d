namespace Employment.Matching.Training;

/// <summary>
/// Settings for one training run. The defaults suit a few thousand noisy labelled pairs: small trees with many
/// pairs per leaf and a slow learning rate; 16-leaf trees overfitted the demo world and fell below the rule scorer.
/// </summary>
public sealed record RankerOptions
{
    public double HeldOutShare { get; init; } = 0.2;
    public int Seed { get; init; } = 2026;
    public int Trees { get; init; } = 300;
    public int Leaves { get; init; } = 4;
    public int MinimumPairsPerLeaf { get; init; } = 50;
    public double LearningRate { get; init; } = 0.03;
}
