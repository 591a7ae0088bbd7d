using System.Globalization;
using Employment.Core.Placements;

namespace Employment.Web.Features.Admin.FollowUpPlans;

/// <summary>A council's follow-up plan as typed: week lists stay text so a mistake can be shown back.</summary>
public sealed class FollowUpPlanForm
{
    public string? CheckInWeeks { get; set; }
    public string? MonthlyUntilWeek { get; set; }
    public string? InternshipPromptWeeksBeforeEnd { get; set; }

    public static FollowUpPlanForm From(FollowUpPlan plan) => new()
    {
        CheckInWeeks = string.Join(", ", plan.CheckInWeeks),
        MonthlyUntilWeek = plan.MonthlyUntilWeek.ToString(CultureInfo.InvariantCulture),
        InternshipPromptWeeksBeforeEnd = plan.InternshipPromptWeeksBeforeEnd.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The plan as typed, or null when some of it cannot be read (<see cref="FollowUpPlanFormValidator"/> says what).</summary>
    public FollowUpPlan? ToPlan() =>
        !string.IsNullOrWhiteSpace(CheckInWeeks) && Weeks(CheckInWeeks) is { } weeks
        && WholeNumber(MonthlyUntilWeek) is { } monthly && WholeNumber(InternshipPromptWeeksBeforeEnd) is { } prompt
            ? new FollowUpPlan { CheckInWeeks = weeks, MonthlyUntilWeek = monthly, InternshipPromptWeeksBeforeEnd = prompt }
            : null;

    /// <summary>The weeks typed, separated by commas; null when one is not a whole number.</summary>
    public static List<int>? Weeks(string? typed)
    {
        var weeks = new List<int>();
        foreach (var part in (typed ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (WholeNumber(part) is not { } week)
            {
                return null;
            }
            weeks.Add(week);
        }
        return weeks;
    }

    public static int? WholeNumber(string? typed) =>
        int.TryParse(typed?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
