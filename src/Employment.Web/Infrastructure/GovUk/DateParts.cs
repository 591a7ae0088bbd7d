using System.Globalization;

namespace Employment.Web.Infrastructure.GovUk;

/// <summary>What a person typed into a GOV.UK date input, kept as typed so it can be shown back.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateParts();

    /// <summary>The date, or the GOV.UK-style message saying what is wrong with it.</summary>
    public (DateOnly? Date, string? Error) Parse(string fieldName)
    {
        if (IsEmpty)
        {
            return (null, $"Enter {fieldName}");
        }
        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            return (null, $"{Capitalise(fieldName)} must include a {string.Join(" and ", missing)}");
        }
        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || Year!.Trim().Length != 4
            || month is < 1 or > 12)
        {
            return (null, $"{Capitalise(fieldName)} must be a real date");
        }
        if (year is < EarliestYear or > LatestYear)
        {
            return (null, $"{Capitalise(fieldName)} must be between {EarliestYear} and {LatestYear}");
        }
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return (null, $"{Capitalise(fieldName)} must be a real date");
        }
        return (new DateOnly(year, month, day), null);
    }

    /// <summary>No date the service keeps is outside these years; year 0000 or 9999 is a slip of the keyboard.</summary>
    public const int EarliestYear = 1900;

    public const int LatestYear = 2100;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
