using System.Globalization;
using System.Text.RegularExpressions;

namespace Employment.Core.EhcPlans.Fields;

/// <summary>Finds a date written any common British way: "3rd March 2025", "3 Mar 2025", "March 3, 2025", "03/03/2025",
/// "3.3.25", "2025-03-03"; a month and year alone ("March 2025") is taken as the first of that month.</summary>
public static partial class WrittenDates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? First(string text)
    {
        var candidates = new List<(int Index, DateOnly Date)>();
        foreach (Match m in DayMonthYear().Matches(text))
        {
            Add(candidates, m.Index, Year(m.Groups["y"].Value), Month(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        }
        foreach (Match m in MonthDayYear().Matches(text))
        {
            Add(candidates, m.Index, Year(m.Groups["y"].Value), Month(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        }
        foreach (Match m in Iso().Matches(text))
        {
            Add(candidates, m.Index, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        }
        foreach (Match m in Numeric().Matches(text))
        {
            Add(candidates, m.Index, Year(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        }
        if (candidates.Count == 0)
        {
            foreach (Match m in MonthYear().Matches(text))
            {
                Add(candidates, m.Index, Year(m.Groups["y"].Value), Month(m.Groups["m"].Value), 1);
            }
        }
        return candidates.Count == 0 ? null : candidates.MinBy(c => c.Index).Date;
    }

    private static void Add(List<(int, DateOnly)> candidates, int index, int year, int month, int day)
    {
        if (year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            candidates.Add((index, new DateOnly(year, month, day)));
        }
    }

    private static int Month(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    private static int Year(string digits)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 2000 + year : year;
    }

    private const string MonthName = @"(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s*(?:st|nd|rd|th)?(?:\s+of)?[\s\-/]+" + MonthName + @",?[\s\-/]+(?<y>\d{4}|\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d-])(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4}|\d{2})(?![\d-])")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b" + MonthName + @",?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();
}
