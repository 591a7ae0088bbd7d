using System.Globalization;

namespace Employment.Core.Statistics;

/// <summary>A span of whole days, both ends included: a calendar quarter or a financial year (April to March).</summary>
public sealed record Period(DateOnly From, DateOnly To, string Label)
{
    public static Period Quarter(int year, int quarter)
    {
        var from = new DateOnly(year, 3 * (quarter - 1) + 1, 1);
        var to = from.AddMonths(3).AddDays(-1);
        var label = new Period(from, to, "").CouncilQuarter;
        return new Period(from, to, $"{label} ({Month(from)} to {Month(to)} {year})");
    }

    /// <summary>The financial year starting in April of <paramref name="startYear"/>, as ASCOF reports.</summary>
    public static Period FinancialYear(int startYear) =>
        new(new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31), $"{startYear}–{(startYear + 1) % 100:00} (April {startYear} to March {startYear + 1})");

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

    /// <summary>
    /// A quarter as councils number them (decision 0062): in financial years, Q1 = April to June, so January to March
    /// 2026 is "2025–26 Q4".
    /// </summary>
    public string CouncilQuarter
    {
        get
        {
            var startYear = From.Month >= 4 ? From.Year : From.Year - 1;
            return $"{startYear}–{(startYear + 1) % 100:00} Q{(From.Month + 8) % 12 / 3 + 1}";
        }
    }

    /// <summary>Short name for a chart axis: "2025–26 Q1" (April to June 2025), or "2025–26" for a financial year.</summary>
    public string ShortLabel => To.DayNumber - From.DayNumber < 100 ? CouncilQuarter : $"{From.Year}–{To.Year % 100:00}";

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
