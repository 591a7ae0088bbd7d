namespace Employment.Core.Statistics;

/// <summary>Small counts (1 to 4) are never shown, so no person can be recognised from a statistic.</summary>
public static class Suppression
{
    public const string FewerThanFive = "fewer than 5";

    public static bool IsSuppressed(int count) => count is > 0 and < 5;

    public static string Count(int count) => IsSuppressed(count) ? FewerThanFive : count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>A percentage, unless either part would reveal a small count.</summary>
    public static string Share(int numerator, int denominator) =>
        IsSuppressed(numerator) || IsSuppressed(denominator) || IsSuppressed(denominator - numerator) || denominator == 0
            ? "not shown"
            : (100.0 * numerator / denominator).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
