using System.Globalization;
using Employment.Core.Placements;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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

    /// <summary>The plan, or null with every problem added to <paramref name="state"/>.</summary>
    public FollowUpPlan? ToPlan(ModelStateDictionary state)
    {
        var weeks = new List<int>();
        if (string.IsNullOrWhiteSpace(CheckInWeeks))
        {
            state.AddModelError(nameof(CheckInWeeks), "Enter the weeks of the early check-ins, like 1, 2, 4");
        }
        else
        {
            foreach (var part in CheckInWeeks.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var week))
                {
                    state.AddModelError(nameof(CheckInWeeks), "Enter the weeks as whole numbers separated by commas, like 1, 2, 4");
                    break;
                }
                weeks.Add(week);
            }
        }
        var monthly = WholeNumber(MonthlyUntilWeek, nameof(MonthlyUntilWeek), "Enter the week monthly check-ins stop, or 0 for none", "The week monthly check-ins stop must be a whole number, like 52", state);
        var prompt = WholeNumber(InternshipPromptWeeksBeforeEnd, nameof(InternshipPromptWeeksBeforeEnd), "Enter how many weeks before an internship ends to plan the move into paid work", "Weeks before an internship ends must be a whole number, like 8", state);
        if (!state.IsValid)
        {
            return null;
        }
        var plan = new FollowUpPlan { CheckInWeeks = weeks, MonthlyUntilWeek = monthly!.Value, InternshipPromptWeeksBeforeEnd = prompt!.Value };
        foreach (var (field, message) in plan.Problems())
        {
            state.AddModelError(field, message);
        }
        return state.IsValid ? plan : null;
    }

    private static int? WholeNumber(string? typed, string field, string missing, string wrong, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            state.AddModelError(field, missing);
            return null;
        }
        if (!int.TryParse(typed.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            state.AddModelError(field, wrong);
            return null;
        }
        return value;
    }
}
