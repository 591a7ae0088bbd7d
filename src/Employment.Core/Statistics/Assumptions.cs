namespace Employment.Core.Statistics;

/// <summary>Published figures the dashboard compares against or multiplies by; shown on the page with their sources.</summary>
public static class Assumptions
{
    /// <summary>A year of further education (low) or specialist provision (high) for a student who leaves a supported internship without a job (Stoke-on-Trent strategy).</summary>
    public const decimal FurtherEducationYearLow = 14_100m;
    public const decimal FurtherEducationYearHigh = 19_100m;

    /// <summary>ASCOF 1E: adults with a learning disability in paid employment, as the council strategies quote it.</summary>
    public static readonly IReadOnlyList<(string Area, double Percent)> AscofBaselines =
    [
        ("Stoke-on-Trent", 2.4),
        ("Leicester", 4.8),
        ("England (about)", 6.0),
    ];
}
