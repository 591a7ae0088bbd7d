using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Statistics;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Features.Adviser.Home;

/// <summary>The dashboard's filters, read from the query string; anything not on the lists is reported, not guessed.</summary>
public sealed class DashboardForm
{
    public string? Period { get; set; }
    public string? Council { get; set; }
    public string? Kind { get; set; }
    public string? Age { get; set; }
    public string? Level { get; set; }

    /// <summary>The filter and period to show, adding an error for each value that is not one of the choices.</summary>
    public (StatisticsFilter Filter, Period Period) Read(ModelStateDictionary state, DateOnly today, IReadOnlyCollection<int> councils)
    {
        // Only strings are bound, so nothing else is in the state; clearing it lets errors follow the order of the page.
        state.Clear();
        var period = Core.Statistics.Period.FromKey(Period);
        if (!string.IsNullOrEmpty(Period) && period is null)
        {
            state.AddModelError(nameof(Period), "Select a period from the list");
        }
        period ??= DefaultPeriod(today);
        Period = period.Key;

        int? council = null;
        if (!string.IsNullOrEmpty(Council))
        {
            if (int.TryParse(Council, out var id) && councils.Contains(id))
            {
                council = id;
            }
            else
            {
                state.AddModelError(nameof(Council), "Select a council from the list");
            }
        }
        return (new StatisticsFilter(council, Choice<OpportunityKind>(Kind, nameof(Kind), "Select a kind of opportunity from the list", state),
            Choice<AgeBand>(Age, nameof(Age), "Select an age band from the list", state),
            Choice<DisabilityConfidentLevel>(Level, nameof(Level), "Select a Disability Confident level from the list", state)), period);
    }

    /// <summary>The last whole quarter: the current one is not over, so its figures would look low.</summary>
    public static Period DefaultPeriod(DateOnly today) => Core.Statistics.Period.QuarterContaining(Core.Statistics.Period.QuarterContaining(today).From.AddDays(-1));

    public string QueryString() =>
        string.Join('&', new[] { ("period", Period), ("council", Council), ("kind", Kind), ("age", Age), ("level", Level) }
            .Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    private static T? Choice<T>(string? value, string field, string error, ModelStateDictionary state) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (!int.TryParse(value, out _) && Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }
        state.AddModelError(field, error);
        return null;
    }
}
