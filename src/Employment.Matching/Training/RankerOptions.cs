namespace Employment.Matching.Training;

/// <summary>
/// Settings for one training run. Capacity (trees, leaves, pairs per leaf, learning rate) is chosen by grouped
/// cross-validation for the data's size (<see cref="Capacity.ForPeople"/>) unless a caller fixes it here, as tests and
/// the benchmark do to time or pin one model.
/// </summary>
public sealed record RankerOptions
{
    public double HeldOutShare { get; init; } = 0.2;
    public int Seed { get; init; } = 2026;
    public int? Trees { get; init; }
    public int? Leaves { get; init; }
    public int? MinimumPairsPerLeaf { get; init; }
    public double? LearningRate { get; init; }
    public double? FeatureFraction { get; init; }
    public double? SubsampleFraction { get; init; }

    /// <summary>
    /// Fits to average (decision 0094), or null for as many as the data's size calls for
    /// (<see cref="Capacity.FitsForPeople"/>); one when a caller fixes the capacity.
    /// </summary>
    public int? Fits { get; init; }

    /// <summary>Folds of people for cross-validation; big data gets one validation part instead (see <see cref="ModelChooser"/>).</summary>
    public int Folds { get; init; } = 3;

    /// <summary>
    /// After measuring on the held-out people, fit the chosen recipe again on everyone, held-out people too, for a
    /// model that only scores (<c>ranker train</c>). The site does not: its next retrain compares models on held-out
    /// people that neither has seen (decision 0087).
    /// </summary>
    public bool RefitOnEveryone { get; init; }

    /// <summary>The capacity a caller fixed, or null to choose by cross-validation.</summary>
    public Capacity? FixedCapacity => Trees is null && Leaves is null && MinimumPairsPerLeaf is null && LearningRate is null
        && FeatureFraction is null && SubsampleFraction is null
        ? null
        : new Capacity(Trees ?? Capacity.Cautious.Trees, Leaves ?? Capacity.Cautious.Leaves,
            MinimumPairsPerLeaf ?? Capacity.Cautious.MinimumPairsPerLeaf, LearningRate ?? Capacity.Cautious.LearningRate,
            FeatureFraction ?? 1, SubsampleFraction ?? 1);
}
