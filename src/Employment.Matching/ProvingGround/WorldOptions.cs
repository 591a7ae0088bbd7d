namespace Employment.Matching.ProvingGround;

/// <summary>The size, hidden utility, noise and seed of one generated world.</summary>
public sealed record WorldOptions
{
    /// <summary>People with a placement history (the training data); held-out new people are added on top.</summary>
    public int People { get; init; } = 3000;

    public required HiddenUtility Utility { get; init; }

    /// <summary>Standard deviation of the noise added to the standardised utility before it becomes an outcome.</summary>
    public double Noise { get; init; } = 0.7;

    public int Seed { get; init; } = 1;

    public int ProposalsPerPerson { get; init; } = 8;

    /// <summary>Opportunities each new person's pairs hold, as a Matches page would list them.</summary>
    public int PairsPerNewPerson { get; init; } = 20;

    public int NewPeople => Math.Max(100, People / 5);
}
