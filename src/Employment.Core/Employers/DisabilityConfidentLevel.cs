namespace Employment.Core.Employers;

/// <summary>DWP Disability Confident scheme level; each level builds on the one before.</summary>
public enum DisabilityConfidentLevel
{
    None,
    Committed,
    Employer,
    Leader,
}

public static class DisabilityConfidentLevels
{
    public static string Label(this DisabilityConfidentLevel level) => level switch
    {
        DisabilityConfidentLevel.None => "Not a member",
        DisabilityConfidentLevel.Committed => "Level 1: Disability Confident committed",
        DisabilityConfidentLevel.Employer => "Level 2: Disability Confident employer",
        DisabilityConfidentLevel.Leader => "Level 3: Disability Confident leader",
        _ => level.ToString(),
    };
}
