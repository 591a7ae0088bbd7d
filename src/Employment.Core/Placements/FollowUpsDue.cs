namespace Employment.Core.Placements;

/// <summary>
/// The one definition of "due" shared by the coach's home page and the daily digest: not done yet, still needed
/// (the placement did not end before it), and due on or before the day; overdue when due before it.
/// </summary>
public static class FollowUpsDue
{
    public static IQueryable<FollowUp> DueBy(this IQueryable<FollowUp> followUps, DateOnly day) =>
        followUps.Where(f => f.CompletedOn == null && !f.NotNeeded && f.DueOn <= day);

    public static IQueryable<FollowUp> ForCoach(this IQueryable<FollowUp> followUps, Guid coachId) =>
        followUps.Where(f => f.Placement!.JobSeeker!.CoachId == coachId && f.Placement.JobSeeker.ErasedAt == null);

    public static bool IsOverdueOn(this FollowUp followUp, DateOnly day) => followUp.IsOpen && followUp.DueOn < day;
}
