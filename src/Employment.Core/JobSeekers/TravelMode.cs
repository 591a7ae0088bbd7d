namespace Employment.Core.JobSeekers;

public enum TravelMode
{
    Walk,
    PublicTransport,
    Lift,
}

public static class TravelModes
{
    /// <summary>How the person gets to work, as the profile and the fairness report show it.</summary>
    public static string Label(this TravelMode mode) => mode switch
    {
        TravelMode.Walk => "Walks",
        TravelMode.PublicTransport => "Bus, tram or train",
        TravelMode.Lift => "Gets a lift",
        _ => mode.ToString(),
    };
}
