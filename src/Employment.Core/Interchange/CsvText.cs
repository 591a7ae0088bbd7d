using System.Globalization;

namespace Employment.Core.Interchange;

/// <summary>Writes cells the way FORMAT.md reads them: RFC 4180 quoting, ISO dates, dots for decimals, <c>;</c> lists.</summary>
internal static class CsvText
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Cell(string? text) =>
        text is null ? "" : text.IndexOfAny(NeedsQuotes) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Hours: as few decimals as needed (37.5, 16).</summary>
    public static string Hours(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Pounds: always pence (12.21).</summary>
    public static string Pay(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The shortest text that reads back as the same number.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string List(IEnumerable<string> items) => Cell(string.Join(';', items));

}
