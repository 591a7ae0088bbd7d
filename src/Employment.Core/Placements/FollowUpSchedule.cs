using Employment.Core.Opportunities;

namespace Employment.Core.Placements;

/// <summary>The follow-ups a plan gives a placement that started on a day.</summary>
public static class FollowUpSchedule
{
    public static readonly IReadOnlyList<(FollowUpKind Kind, int Weeks)> Milestones =
        [(FollowUpKind.Milestone13Weeks, 13), (FollowUpKind.Milestone26Weeks, 26), (FollowUpKind.Milestone52Weeks, 52)];

    public static IReadOnlyList<(FollowUpKind Kind, DateOnly DueOn)> For(FollowUpPlan plan, DateOnly startedOn, OpportunityKind kind, int? internshipLengthMonths)
    {
        var due = new List<(FollowUpKind Kind, DateOnly DueOn)>();
        due.AddRange(plan.CheckInWeeks.Select(w => (FollowUpKind.CoachCheckIn, WeeksAfter(startedOn, w))));

        // Monthly from the last early check-in, each counted from it (not from the one before) so months do not drift.
        var from = WeeksAfter(startedOn, plan.CheckInWeeks.Count > 0 ? plan.CheckInWeeks[^1] : 0);
        var until = WeeksAfter(startedOn, plan.MonthlyUntilWeek);
        for (var month = 1; from.AddMonths(month) < until; month++)
        {
            due.Add((FollowUpKind.CoachCheckIn, from.AddMonths(month)));
        }

        due.AddRange(Milestones.Select(m => (m.Kind, WeeksAfter(startedOn, m.Weeks))));

        if (kind == OpportunityKind.SupportedInternship && internshipLengthMonths is { } months)
        {
            var prompt = startedOn.AddMonths(months).AddDays(-7 * plan.InternshipPromptWeeksBeforeEnd);
            due.Add((FollowUpKind.PlanMoveIntoPaidWork, prompt > startedOn ? prompt : startedOn));
        }
        return due.OrderBy(d => d.DueOn).ThenBy(d => d.Kind).ToList();
    }

    public static DateOnly WeeksAfter(DateOnly day, int weeks) => day.AddDays(7 * weeks);

    public static string Label(this FollowUpKind kind) => kind switch
    {
        FollowUpKind.CoachCheckIn => "Job coach check-in",
        FollowUpKind.Milestone13Weeks => "13 weeks in work: employer check",
        FollowUpKind.Milestone26Weeks => "26 weeks in work: employer check",
        FollowUpKind.Milestone52Weeks => "52 weeks in work: employer check",
        FollowUpKind.PlanMoveIntoPaidWork => "Plan the move into paid work",
        _ => kind.ToString(),
    };
}
