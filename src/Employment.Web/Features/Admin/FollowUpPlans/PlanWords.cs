using Employment.Core.Placements;

namespace Employment.Web.Features.Admin.FollowUpPlans;

public static class PlanWords
{
    /// <summary>A plan in one sentence, like "Weeks 1, 2 and 4, then monthly until week 52".</summary>
    public static string Describe(FollowUpPlan plan)
    {
        var weeks = plan.CheckInWeeks.Count switch
        {
            0 => "No early check-ins",
            1 => $"Week {plan.CheckInWeeks[0]}",
            _ => $"Weeks {string.Join(", ", plan.CheckInWeeks.SkipLast(1))} and {plan.CheckInWeeks[^1]}",
        };
        var monthly = plan.MonthlyUntilWeek > 0 ? $", then monthly until week {plan.MonthlyUntilWeek}" : ", then no monthly check-ins";
        return $"{weeks}{monthly}. Internships: plan the move into paid work {plan.InternshipPromptWeeksBeforeEnd} weeks before the end";
    }
}
