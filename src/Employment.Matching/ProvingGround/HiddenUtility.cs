namespace Employment.Matching.ProvingGround;

/// <summary>
/// The weights of one generated world's hidden utility: how much each thing a coach would recognise moves the chance
/// that a proposal goes well. Worlds differ in weights and interactions so that no one world can be tuned to.
/// </summary>
public sealed record HiddenUtility
{
    public required string Name { get; init; }
    public double Interest { get; init; } = 1;
    public double Skills { get; init; } = 1;
    public double Journey { get; init; } = 1;
    public double Hours { get; init; } = 1;
    public double Support { get; init; } = 1;

    /// <summary>How much each Disability Confident level (none, committed, employer, leader) leaves of an unmet need's harm.</summary>
    public double[] DcSoftening { get; init; } = [1, 0.8, 0.6, 0.4];

    public double KindWanted { get; init; } = 1;
    public double Pay { get; init; } = 0.3;

    /// <summary>The employer's own way with people, unseen except through its placement record.</summary>
    public double Employer { get; init; } = 0.3;

    /// <summary>Interest counts for more when the person also has the skills (a tree must split on both).</summary>
    public double InterestTimesSkills { get; init; }

    /// <summary>A supported internship suits a young person with an EHC plan better than its features alone say.</summary>
    public double InternshipForEhc { get; init; }

    /// <summary>Long hours with unmet support needs go badly together.</summary>
    public double LongHoursWithNeeds { get; init; }

    /// <summary>Walkers mind distance far more than people given a lift.</summary>
    public double WalkersMindDistance { get; init; }

    public static readonly IReadOnlyList<HiddenUtility> All =
    [
        new() { Name = "coach", InterestTimesSkills = 0.5, InternshipForEhc = 0.5, LongHoursWithNeeds = 0.4, WalkersMindDistance = 0.5 },
        new() { Name = "journey", Interest = 0.7, Journey = 2.2, Hours = 1.4, Support = 0.6, WalkersMindDistance = 1.5, Employer = 0.2 },
        new() { Name = "support", Interest = 0.8, Skills = 1.5, Support = 2.2, DcSoftening = [1, 0.9, 0.5, 0.2], LongHoursWithNeeds = 1, Employer = 0.4 },
        new() { Name = "interactions", Interest = 0.6, Skills = 0.6, InterestTimesSkills = 1.6, InternshipForEhc = 1.2, LongHoursWithNeeds = 1, WalkersMindDistance = 1, KindWanted = 1.4 },
    ];

    public static HiddenUtility Named(string name) => All.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No hidden utility is called \"{name}\"; the utilities are {string.Join(", ", All.Select(u => u.Name))}.", nameof(name));
}
