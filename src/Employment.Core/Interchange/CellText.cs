using System.Globalization;

namespace Employment.Core.Interchange;

/// <summary>Values as the interchange format reads them (docs/interchange.md): ISO dates, dots for decimals, <c>;</c> lists. Quoting is the CSV writer's job.</summary>
internal static class CellText
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Hours: as few decimals as needed (37.5, 16).</summary>
    public static string Hours(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Pounds: always pence (12.21).</summary>
    public static string Pay(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The shortest text that reads back as the same number.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string List(IEnumerable<string> items) => string.Join(';', items);
}
