using System.Linq.Expressions;

namespace Employment.Core.Placements;

/// <summary>
/// The one definition of "due" shared by the coach's home page, the caseload, the record and the daily digest:
/// open (not done yet and still needed: "not needed" marks one the placement ended before), and due on or before the
/// day; overdue when due before it. "Needs attention" (<see cref="Casework.NeedsAttention"/>) counts by these.
/// Once a job has ended, its missed check-ins and milestones stay in its history as not done but no longer ask for
/// the coach's attention: nothing can be done about them. Planning the move into paid work still can, so it stays.
/// </summary>
public static class FollowUpsDue
{
    public static Expression<Func<FollowUp, bool>> OverdueOn(DateOnly today) =>
        f => f.CompletedOn == null && !f.NotNeeded && f.DueOn < today
            && (f.Placement!.Stage == PlacementEventType.Started || f.Kind == FollowUpKind.PlanMoveIntoPaidWork);

    public static Expression<Func<FollowUp, bool>> DueBetween(DateOnly from, DateOnly until) =>
        f => f.CompletedOn == null && !f.NotNeeded && f.DueOn >= from && f.DueOn <= until
            && (f.Placement!.Stage == PlacementEventType.Started || f.Kind == FollowUpKind.PlanMoveIntoPaidWork);

    public static IQueryable<FollowUp> DueBy(this IQueryable<FollowUp> followUps, DateOnly day) =>
        followUps.Where(f => f.CompletedOn == null && !f.NotNeeded && f.DueOn <= day
            && (f.Placement!.Stage == PlacementEventType.Started || f.Kind == FollowUpKind.PlanMoveIntoPaidWork));

    /// <summary>Overdue or due soon: what the coach's home page and digest list.</summary>
    public static IQueryable<FollowUp> OverdueOrDueSoon(this IQueryable<FollowUp> followUps, DateOnly today) =>
        followUps.DueBy(today.AddDays(Casework.NeedsAttention.DueSoonDays - 1));

    public static IQueryable<FollowUp> ForCoach(this IQueryable<FollowUp> followUps, Guid coachId) =>
        followUps.Where(f => f.Placement!.JobSeeker!.CoachId == coachId && f.Placement.JobSeeker.ErasedAt == null);

    public static bool IsOverdueOn(this FollowUp followUp, DateOnly day) => followUp.IsOpen && followUp.DueOn < day;
}
