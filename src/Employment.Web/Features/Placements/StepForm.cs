using System.Globalization;
using Employment.Core.Placements;
using Employment.Web.Infrastructure.GovUk;
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
    public string? Role { get; set; }

    public static IEnumerable<SelectListItem> EndReasonOptions => EndReasons.All.Select(r => new SelectListItem(r.Label, r.Value));

    /// <summary>
    /// The step as far as it could be read (<see cref="StepFormValidator"/> says what could not be); a date that could
    /// not be read stands in as <paramref name="today"/> so the other fields are still checked.
    /// </summary>
    public PlacementStep ToStep(PlacementEventType type, DateOnly today)
    {
        var (date, _) = OccurredOn.Parse(DateName(type));
        var hours = type is PlacementEventType.Started or PlacementEventType.HoursChanged;
        var pay = type is PlacementEventType.Started or PlacementEventType.PayChanged;
        return new PlacementStep(type, date ?? today, hours ? Number(HoursPerWeek).Value : null, pay ? Number(TypedPay).Value : null, Reason, OtherReason, Role);
    }

    public static bool TakesHours(PlacementEventType type) => type is PlacementEventType.Started or PlacementEventType.HoursChanged;

    public static bool TakesPay(PlacementEventType type) => type is PlacementEventType.Started or PlacementEventType.PayChanged;

    /// <summary>The hourly pay as typed, without a pound sign.</summary>
    public string? TypedPay => HourlyPay?.Trim().TrimStart('£');

    public static string DateName(PlacementEventType type) => type switch
    {
        PlacementEventType.Interviewed => "the date of the interview",
        PlacementEventType.Offered => "the date of the offer",
        PlacementEventType.Started => "the date the person started",
        PlacementEventType.Ended => "the date the placement ended",
        PlacementEventType.HoursChanged => "the date the new hours started",
        PlacementEventType.PayChanged => "the date the new pay started",
        PlacementEventType.RoleChanged => "the date the new role started",
        PlacementEventType.StillWorking => "the date you confirmed it",
        _ => "the date",
    };

    /// <summary>A typed number: nothing typed reads as no value; <c>Readable</c> is false when something was typed that is not a number.</summary>
    public static (decimal? Value, bool Readable) Number(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return (null, true);
        }
        return decimal.TryParse(typed.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? (value, true) : (null, false);
    }
}
