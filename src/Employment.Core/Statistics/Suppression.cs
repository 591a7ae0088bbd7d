namespace Employment.Core.Statistics;

/// <summary>Small counts (1 to 4) are never shown, so no person can be recognised from a statistic.</summary>
public static class Suppression
{
    public const string FewerThanFive = "fewer than 5";

    public static bool IsSuppressed(int count) => count is > 0 and < 5;

    public static string Count(int count) => IsSuppressed(count) ? FewerThanFive : count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public const string NotShown = "not shown";

    /// <summary>
    /// A count that is part of a whole shown beside it: hidden when it is small, or when the rest of the whole is
    /// small, since whole minus part would reveal it.
    /// </summary>
    public static string Part(int part, int whole) =>
        IsSuppressed(part) ? FewerThanFive : IsSuppressed(whole - part) ? NotShown : Count(part);

    public static bool PartIsHidden(int part, int whole) => IsSuppressed(part) || IsSuppressed(whole - part);

    /// <summary>
    /// Parts shown beside their total: when just one part is hidden, the smallest other non-zero part is hidden too,
    /// so the total minus the parts shown cannot reveal it.
    /// </summary>
    public static IReadOnlyList<string> Parts(IReadOnlyList<int> parts)
    {
        var shown = parts.Select(Count).ToArray();
        if (parts.Count(IsSuppressed) == 1)
        {
            var other = Enumerable.Range(0, parts.Count).Where(i => parts[i] > 0 && !IsSuppressed(parts[i])).OrderBy(i => parts[i]).FirstOrDefault(-1);
            if (other >= 0)
            {
                shown[other] = NotShown;
            }
        }
        return shown;
    }

    /// <summary>A percentage as a number for charts; null wherever <see cref="Share"/> would not show it.</summary>
    public static double? Rate(int numerator, int denominator) =>
        IsSuppressed(numerator) || IsSuppressed(denominator) || IsSuppressed(denominator - numerator) || denominator == 0 ? null : 100.0 * numerator / denominator;

    /// <summary>A percentage, unless either part would reveal a small count.</summary>
    public static string Share(int numerator, int denominator) =>
        Rate(numerator, denominator) is { } rate ? rate.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : NotShown;
}
