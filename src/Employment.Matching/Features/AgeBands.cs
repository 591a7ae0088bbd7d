namespace Employment.Matching.Features;

/// <summary>Age bands used as a feature and (later) by the fairness report.</summary>
public static class AgeBands
{
    public static int Of(int age) => age switch
    {
        < 18 => 0,
        < 25 => 1,
        < 35 => 2,
        < 50 => 3,
        _ => 4,
    };

    public static string Label(int band) => band switch
    {
        0 => "Under 18",
        1 => "18 to 24",
        2 => "25 to 34",
        3 => "35 to 49",
        _ => "50 and over",
    };
}
