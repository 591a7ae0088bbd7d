using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Statistics;

namespace Employment.Web.Features.Adviser.Home;

/// <summary>The dashboard's filters, read from the query string; anything not on the lists is reported (<see cref="DashboardFormValidator"/>), not guessed.</summary>
public sealed class DashboardForm
{
    public string? Period { get; set; }
    public string? Council { get; set; }
    public string? Kind { get; set; }
    public string? Age { get; set; }
    public string? Level { get; set; }

    /// <summary>The filter and period to show: a value not on its list counts as no choice, and the period shown is written back.</summary>
    public (StatisticsFilter Filter, Period Period) Read(DateOnly today, IReadOnlyCollection<int> councils)
    {
        var period = Core.Statistics.Period.FromKey(Period) ?? DefaultPeriod(today);
        Period = period.Key;
        var council = CouncilId(Council) is { } id && councils.Contains(id) ? id : (int?)null;
        return (new StatisticsFilter(council, Choice<OpportunityKind>(Kind), Choice<AgeBand>(Age), Choice<DisabilityConfidentLevel>(Level)), period);
    }

    /// <summary>The last whole quarter: the current one is not over, so its figures would look low.</summary>
    public static Period DefaultPeriod(DateOnly today) => Core.Statistics.Period.QuarterContaining(Core.Statistics.Period.QuarterContaining(today).From.AddDays(-1));

    public string QueryString() =>
        string.Join('&', new[] { ("period", Period), ("council", Council), ("kind", Kind), ("age", Age), ("level", Level) }
            .Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    public static int? CouncilId(string? value) => int.TryParse(value, out var id) ? id : null;

    /// <summary>The value as one of <typeparamref name="T"/>'s names, or null (nothing chosen, or not one of them).</summary>
    public static T? Choice<T>(string? value) where T : struct, Enum =>
        !string.IsNullOrEmpty(value) && !int.TryParse(value, out _) && Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;
}
