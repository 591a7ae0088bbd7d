using System.Globalization;
using System.Text;
using Employment.Core.Employers;
using Employment.Core.Interchange;
using Employment.Core.Opportunities;

namespace Employment.Core.Statistics.Publishing;

/// <summary>
/// What a download covers, written into its first rows and its file name so the figures still say what they are once
/// they leave the site: the council, the period, the filters and when the figures were worked out.
/// </summary>
public sealed record Publication(string Council, Period Period, IReadOnlyList<string> Filters, DateTimeOffset WorkedOutAt)
{
    public const string Source = "Supported employment service: outcome statistics";
    public const string Licence = "Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)";

    public static readonly string DisclosureRule =
        $"Counts from 0 to 4 are shown as \"{Suppression.FewerThanFive}\"; every other count of people or placements is rounded to the nearest {Suppression.RoundTo}; " +
        $"a count that would let a hidden one be worked out from its total is \"{Suppression.NotShown}\"; shares are worked out from the rounded counts. " +
        "Disability Confident member counts are exact: DWP publishes the list of members.";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static Publication For(StatisticsFilter filter, string council, Period period, DateTimeOffset workedOutAt) =>
        new(council, period,
            [
                .. filter.Kind is { } kind ? [$"Kind of opportunity: {kind.Label()}"] : Array.Empty<string>(),
                .. filter.AgeBand is { } age ? [$"Age: {age.Label()}"] : Array.Empty<string>(),
                .. filter.DcLevel is { } level ? [$"Employer's Disability Confident level: {level.Label()}"] : Array.Empty<string>(),
            ],
            workedOutAt);

    public string FiltersText => Filters.Count == 0 ? "None: every kind of opportunity, every age, every employer" : string.Join("; ", Filters);

    public string WorkedOutText => WorkedOutAt.UtcDateTime.ToString("HH:mm 'UTC on' d MMMM yyyy", English);

    /// <summary>The rows that open every download, before the table itself.</summary>
    public IReadOnlyList<string?[]> AboutRows(string? table) =>
    [
        .. table is null ? Array.Empty<string?[]>() : [["Table", table]],
        ["Council", Council],
        ["Period", Period.Label],
        ["Filters", FiltersText],
        ["Figures worked out at", WorkedOutText],
        ["Rounding and suppression", DisclosureRule],
        ["Source", Source],
        ["Licence", Licence],
    ];

    /// <summary>The table as CSV, after its "about" rows and a blank line.</summary>
    public string Csv(StatisticsTable table)
    {
        var about = CsvFileWriter.ToText(["About these figures", ""], AboutRows(table.Caption).Select(NotFormulas));
        return about + "\r\n" + table.ToCsv();
    }

    public byte[] CsvBytes(StatisticsTable table) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv(table))];

    /// <summary>Like "paid-work_leicester_2025-q1_age-16-to-24_worked-out-2026-12-06t1730z.csv": what, where, when, which filters and when worked out.</summary>
    public string FileName(string what, string extension) =>
        string.Join('_', new[] { what, Slug(Council), Period.Key }.Concat(Filters.Select(Slug)).Append("worked-out-" + WorkedOutAt.UtcDateTime.ToString("yyyy-MM-dd'T'HHmm'Z'", CultureInfo.InvariantCulture)))
            .ToLowerInvariant() + "." + extension;

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }
        return string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string?[] NotFormulas(string?[] row) => [.. row.Select(t => t is { Length: > 0 } && "=+-@".Contains(t[0], StringComparison.Ordinal) ? "'" + t : t)];
}
