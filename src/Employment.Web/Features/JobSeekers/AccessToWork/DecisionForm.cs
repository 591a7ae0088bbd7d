using Employment.Core.AccessToWork;
using Employment.Web.Features.Placements;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.JobSeekers.AccessToWork;

/// <summary>DWP's decision on an application as typed: numbers and dates stay text so a mistake is shown back.</summary>
public sealed class DecisionForm
{
    public const string DecidedOnName = "the date of the decision";
    public const string AwardFromName = "the date the award starts";
    public const string AwardToName = "the date the award ends";
    public const string RenewalName = "the date to apply again by";

    public string? Decision { get; set; }
    public DateParts DecidedOn { get; set; } = new();
    public DateParts AwardFrom { get; set; } = new();
    public DateParts AwardTo { get; set; } = new();
    public string? AwardAmount { get; set; }
    public string? JobCoachHoursPerWeek { get; set; }
    public DateParts RenewalDueOn { get; set; } = new();

    public static IEnumerable<SelectListItem> DecisionOptions =>
    [
        new("Yes, Access to Work made an award", nameof(AccessToWorkDecision.Awarded)),
        new("No, the application was refused", nameof(AccessToWorkDecision.Refused)),
    ];

    public static AccessToWorkDecision? ReadDecision(string? typed) =>
        Enum.TryParse<AccessToWorkDecision>(typed, out var decision) && Enum.IsDefined(decision) && !int.TryParse(typed, out _) ? decision : null;

    public bool Awarded => ReadDecision(Decision) == AccessToWorkDecision.Awarded;

    /// <summary>The amount as typed, without a pound sign or commas.</summary>
    public string? TypedAmount => AwardAmount?.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);

    /// <summary>The decision as far as it could be read (the validator says what could not be); an unreadable decision date stands in as today.</summary>
    public AccessToWorkDecided ToDecided(DateOnly today) => new(
        ReadDecision(Decision),
        DecidedOn.Parse(DecidedOnName).Date ?? today,
        AwardFrom.Parse(AwardFromName).Date,
        AwardTo.Parse(AwardToName).Date,
        StepForm.Number(TypedAmount).Value,
        StepForm.Number(JobCoachHoursPerWeek).Value,
        RenewalDueOn.Parse(RenewalName).Date);
}
