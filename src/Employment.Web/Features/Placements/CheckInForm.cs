using Employment.Core.Placements;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.Placements;

public sealed class CheckInForm
{
    public const string DateName = "the date of the check-in";

    public DateParts DoneOn { get; set; } = new();
    public string? HowItIsGoing { get; set; }
    public string? SupportHours { get; set; }
    public bool? RiskToJob { get; set; }
    public string? RiskDetails { get; set; }

    public static IEnumerable<SelectListItem> YesNo => [new("Yes", "true"), new("No", "false")];

    /// <summary>The check-in as far as it could be read; see <see cref="StepForm.ToStep"/>.</summary>
    public CheckIn ToCheckIn(DateOnly today) =>
        new(DoneOn.Parse(DateName).Date ?? today, HowItIsGoing, StepForm.Number(SupportHours).Value, RiskToJob, RiskDetails);
}
