using System.Globalization;
using Employment.Core.Placements;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.Placements;

public sealed class CheckInForm
{
    public DateParts DoneOn { get; set; } = new();
    public string? HowItIsGoing { get; set; }
    public string? SupportHours { get; set; }
    public bool? RiskToJob { get; set; }
    public string? RiskDetails { get; set; }

    public static IEnumerable<SelectListItem> YesNo => [new("Yes", "true"), new("No", "false")];

    /// <summary>The check-in as far as it could be read; see <see cref="StepForm.ToStep"/>.</summary>
    public CheckIn ToCheckIn(DateOnly today, ModelStateDictionary state)
    {
        var (date, dateError) = DoneOn.Parse("the date of the check-in");
        if (dateError is not null)
        {
            state.AddModelError(nameof(DoneOn), dateError);
        }
        decimal? hours = null;
        if (!string.IsNullOrWhiteSpace(SupportHours))
        {
            if (decimal.TryParse(SupportHours.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var typed))
            {
                hours = typed;
            }
            else
            {
                state.AddModelError(nameof(SupportHours), "Support hours must be a number, like 2 or 1.5");
            }
        }
        return new CheckIn(date ?? today, HowItIsGoing, hours, RiskToJob, RiskDetails);
    }
}
