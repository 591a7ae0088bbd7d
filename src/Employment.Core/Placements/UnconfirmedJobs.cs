using System.Linq.Expressions;

namespace Employment.Core.Placements;

/// <summary>
/// Jobs nobody has confirmed: started, with a 13, 26 or 52 week milestone due at least <see cref="WeeksPastMilestone"/>
/// weeks ago still open, and no confirmation since it was due: no follow-up done (a coach's check-in or the employer's
/// answer) and no fact recorded about the job (hours, pay or role changed, confirmed still working). The one definition;
/// the coach's "needs attention" list calls it. The statistics still count such jobs in work (the definitions page says so).
/// </summary>
public static class UnconfirmedJobs
{
    public const int WeeksPastMilestone = 8;

    private static readonly FollowUpKind[] Milestones = [.. FollowUpSchedule.Milestones.Select(m => m.Kind)];

    public static IQueryable<Placement> Unconfirmed(this IQueryable<Placement> placements, DateOnly today) => placements.Where(IsUnconfirmed(today));

    public static Expression<Func<Placement, bool>> IsUnconfirmed(DateOnly today)
    {
        var dueBy = today.AddDays(-7 * WeeksPastMilestone);
        return p => p.Stage == PlacementEventType.Started
            && p.FollowUps.Any(m => Milestones.Contains(m.Kind) && m.DueOn <= dueBy && m.CompletedOn == null && !m.NotNeeded
                && !p.FollowUps.Any(f => f.CompletedOn >= m.DueOn)
                && !p.Events.Any(e => PlacementPipeline.JobChanges.Contains(e.Type) && e.OccurredOn >= m.DueOn));
    }
}
