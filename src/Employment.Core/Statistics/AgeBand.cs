namespace Employment.Core.Statistics;

/// <summary>Age on the last day of the period.</summary>
public enum AgeBand
{
    Age16To24,
    Age25To34,
    Age35To49,
    Age50AndOver,
}

public static class AgeBands
{
    /// <summary>The band an age falls in; under 16s count with 16 to 24.</summary>
    public static AgeBand Of(int age) => age switch
    {
        < 25 => AgeBand.Age16To24,
        < 35 => AgeBand.Age25To34,
        < 50 => AgeBand.Age35To49,
        _ => AgeBand.Age50AndOver,
    };

    public static (int Min, int Max) Range(this AgeBand band) => band switch
    {
        AgeBand.Age16To24 => (16, 24),
        AgeBand.Age25To34 => (25, 34),
        AgeBand.Age35To49 => (35, 49),
        _ => (50, 200),
    };

    public static string Label(this AgeBand band) => band switch
    {
        AgeBand.Age16To24 => "16 to 24",
        AgeBand.Age25To34 => "25 to 34",
        AgeBand.Age35To49 => "35 to 49",
        _ => "50 and over",
    };
}
