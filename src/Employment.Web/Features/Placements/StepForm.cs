using System.Globalization;
using Employment.Core.Placements;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.Placements;

/// <summary>One step of a placement as typed; numbers stay text so a mistake can be shown back with a plain message.</summary>
public sealed class StepForm
{
    public DateParts OccurredOn { get; set; } = new();
    public string? HoursPerWeek { get; set; }
    public string? HourlyPay { get; set; }
    public string? Reason { get; set; }
    public string? OtherReason { get; set; }

    public static IEnumerable<SelectListItem> EndReasonOptions => EndReasons.All.Select(r => new SelectListItem(r.Label, r.Value));

    /// <summary>
    /// The step as far as it could be read, with typing mistakes added to <paramref name="state"/>; a date that could
    /// not be read stands in as <paramref name="today"/> so the other fields are still checked.
    /// </summary>
    public PlacementStep ToStep(PlacementEventType type, DateOnly today, ModelStateDictionary state)
    {
        var (date, dateError) = OccurredOn.Parse(DateName(type));
        if (dateError is not null)
        {
            state.AddModelError(nameof(OccurredOn), dateError);
        }
        var hours = type == PlacementEventType.Started ? Number(HoursPerWeek, nameof(HoursPerWeek), "Hours a week must be a number, like 16 or 37.5", state) : null;
        var pay = type == PlacementEventType.Started ? Number(HourlyPay?.Trim().TrimStart('£'), nameof(HourlyPay), "Hourly pay must be an amount in pounds, like 12.71", state) : null;
        return new PlacementStep(type, date ?? today, hours, pay, Reason, OtherReason);
    }

    public static string DateName(PlacementEventType type) => type switch
    {
        PlacementEventType.Interviewed => "the date of the interview",
        PlacementEventType.Offered => "the date of the offer",
        PlacementEventType.Started => "the date the person started",
        PlacementEventType.Ended => "the date the placement ended",
        _ => "the date",
    };

    private static decimal? Number(string? typed, string field, string message, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        if (decimal.TryParse(typed.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        state.AddModelError(field, message);
        return null;
    }
}
