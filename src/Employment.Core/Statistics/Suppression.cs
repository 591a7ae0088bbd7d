using System.Globalization;

namespace Employment.Core.Statistics;

/// <summary>
/// Disclosure control for every published count (decision 0062). Small counts (1 to 4) are never shown, so no person
/// can be recognised; every other count is rounded to the nearest 5, so that subtracting one published figure from
/// another (a year minus its quarters, all ages minus the age bands, one filter's result minus another's) gives a
/// range, never an exact hidden count; and a count shown beside its total is hidden too when it alone would give the
/// hidden part away (complementary suppression). Shares are worked out from the rounded counts, so they reveal no more.
/// </summary>
public static class Suppression
{
    public const string FewerThanFive = "fewer than 5";

    public const string NotShown = "not shown";

    /// <summary>Every published count is a multiple of this (or nought, or "fewer than 5").</summary>
    public const int RoundTo = 5;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Counts from 0 to 4 are all shown as "fewer than 5": were nought shown as it is, each hidden cell would be known to
    /// be at least 1, and adding up those lower bounds against a rounded total gave hidden counts away.
    /// </summary>
    public static bool IsSuppressed(int count) => count is >= 0 and < 5;

    /// <summary>The count as published: nought, suppressed, or rounded to the nearest 5 (halves up).</summary>
    public static int Rounded(int count) => IsSuppressed(count) ? 0 : (int)(Math.Round(count / (double)RoundTo, MidpointRounding.AwayFromZero) * RoundTo);

    public static string Count(int count) => IsSuppressed(count) ? FewerThanFive : Rounded(count).ToString("N0", English);

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
            var other = Enumerable.Range(0, parts.Count).Where(i => !IsSuppressed(parts[i])).OrderBy(i => parts[i]).FirstOrDefault(-1);
            if (other >= 0)
            {
                shown[other] = NotShown;
            }
        }
        return shown;
    }

    /// <summary>A percentage of the rounded counts, as a number for charts; null wherever <see cref="Share"/> would not show it.</summary>
    public static double? Rate(int numerator, int denominator) =>
        IsSuppressed(numerator) || IsSuppressed(denominator) || IsSuppressed(denominator - numerator) || Rounded(denominator) == 0
            ? null
            : 100.0 * Rounded(numerator) / Rounded(denominator);

    /// <summary>A percentage, unless either part would reveal a small count.</summary>
    public static string Share(int numerator, int denominator) =>
        Rate(numerator, denominator) is { } rate ? rate.ToString("0.0", CultureInfo.InvariantCulture) + "%" : NotShown;
}
