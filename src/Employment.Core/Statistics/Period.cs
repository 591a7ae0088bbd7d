using System.Globalization;

namespace Employment.Core.Statistics;

/// <summary>A span of whole days, both ends included: a calendar quarter or a financial year (April to March).</summary>
public sealed record Period(DateOnly From, DateOnly To, string Label)
{
    public static Period Quarter(int year, int quarter)
    {
        var from = new DateOnly(year, 3 * (quarter - 1) + 1, 1);
        var to = from.AddMonths(3).AddDays(-1);
        return new Period(from, to, $"{Month(from)} to {Month(to)} {year}");
    }

    /// <summary>The financial year starting in April of <paramref name="startYear"/>, as ASCOF reports.</summary>
    public static Period FinancialYear(int startYear) =>
        new(new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31), $"April {startYear} to March {startYear + 1}");

    public static Period QuarterContaining(DateOnly day) => Quarter(day.Year, (day.Month - 1) / 3 + 1);

    public static Period FinancialYearContaining(DateOnly day) => FinancialYear(day.Month >= 4 ? day.Year : day.Year - 1);

    /// <summary>The <paramref name="count"/> quarters ending with the one that holds <paramref name="last"/>, oldest first.</summary>
    public static IReadOnlyList<Period> QuartersEndingWith(DateOnly last, int count)
    {
        var quarters = new List<Period>(count);
        var day = QuarterContaining(last).From;
        for (var i = 0; i < count; i++)
        {
            quarters.Insert(0, QuarterContaining(day));
            day = day.AddMonths(-3);
        }
        return quarters;
    }

    /// <summary>Short name for a chart axis, such as "Q1 2025" (January to March).</summary>
    public string ShortLabel => To.DayNumber - From.DayNumber < 100 ? $"Q{(From.Month - 1) / 3 + 1} {From.Year}" : $"{From.Year}-{To.Year % 100:00}";

    /// <summary>Text for a query string: "2025-q1" or "2024-25".</summary>
    public string Key => To.DayNumber - From.DayNumber < 100 ? $"{From.Year}-q{(From.Month - 1) / 3 + 1}" : $"{From.Year}-{To.Year % 100:00}";

    public static Period? FromKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length != 7 || !int.TryParse(key[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || key[4] != '-')
        {
            return null;
        }
        if (key[5] == 'q' && key[6] is >= '1' and <= '4')
        {
            return Quarter(year, key[6] - '0');
        }
        return int.TryParse(key[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var end) && end == (year + 1) % 100 ? FinancialYear(year) : null;
    }

    private static string Month(DateOnly day) => day.ToString("MMMM", CultureInfo.GetCultureInfo("en-GB"));
}
