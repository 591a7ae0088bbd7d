namespace Employment.Core.Statistics;

/// <summary>Published figures the dashboard compares against or multiplies by; shown on the page with their sources.</summary>
public static class Assumptions
{
    /// <summary>A year of further education (low) or specialist provision (high) for a student who leaves a supported internship without a job (Stoke-on-Trent strategy).</summary>
    public const decimal FurtherEducationYearLow = 14_100m;
    public const decimal FurtherEducationYearHigh = 19_100m;

    /// <summary>
    /// ASCOF 1E: adults aged 18 to 64 with long-term support for a learning disability who are in paid employment, with
    /// the year each figure is for and where it was published.
    /// </summary>
    public static readonly IReadOnlyList<(string Area, string Year, double Percent, string Source)> AscofBaselines =
    [
        ("Stoke-on-Trent", "2018–19", 2.4, "ASCOF 1E as quoted in Stoke-on-Trent's supported employment strategy (117th of 152 councils)"),
        ("Leicester", "2018–19", 4.8, "ASCOF 1E as quoted in Leicester's strategy (99th of 152 councils)"),
        ("England", "2019–20", 5.6, "NHS Digital, Adult Social Care Outcomes Framework 2019–20, measure 1E"),
    ];
}
