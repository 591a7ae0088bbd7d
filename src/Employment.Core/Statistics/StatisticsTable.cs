using System.Globalization;
using Employment.Core.Interchange;

namespace Employment.Core.Statistics;

/// <summary>A cell already made safe to show: pages and CSV exports print <see cref="Text"/> and nothing else.</summary>
public sealed record StatisticsCell(string Text, bool Numeric = true)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static StatisticsCell Count(int count) => new(Suppression.Count(count));

    /// <summary>A count of public facts (Disability Confident members: DWP publishes the list), shown exactly and never suppressed.</summary>
    public static StatisticsCell Exact(int count) => new(count.ToString("N0", English));

    public static StatisticsCell Part(int part, int whole) => new(Suppression.Part(part, whole));

    public static StatisticsCell Share(int numerator, int denominator) => new(Suppression.Share(numerator, denominator));

    public static StatisticsCell Label(string text) => new(text, Numeric: false);

    /// <summary>A median of fewer than five people would describe them, so it is not shown.</summary>
    public static StatisticsCell Days(double? days, int people) =>
        days is { } d && people >= 5 ? new(Math.Round(d).ToString("N0", English) + " days") : new(Suppression.NotShown);

    public static StatisticsCell Pounds(decimal amount) => new(amount.ToString("C0", English));
}

public sealed record StatisticsRow(string Header, IReadOnlyList<StatisticsCell> Cells);

/// <summary>One table of the dashboard: shown on the page and exported as CSV from the same cells.</summary>
public sealed record StatisticsTable(string Key, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<StatisticsRow> Rows)
{
    /// <summary>The table as CSV; a cell starting = + - or @ gets a leading apostrophe so a spreadsheet never runs it as a formula.</summary>
    public string ToCsv() =>
        CsvFileWriter.ToText(Columns, Rows.Select(row => new[] { row.Header }.Concat(row.Cells.Select(c => c.Text)).Select(NotAFormula).ToArray()));

    private static string? NotAFormula(string text) => text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
}
