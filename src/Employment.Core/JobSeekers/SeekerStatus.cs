using System.Linq.Expressions;
using Employment.Core.Opportunities;
using Employment.Core.Placements;

namespace Employment.Core.JobSeekers;

/// <summary>
/// Where a person is, derived from their placements: never stored, so it cannot drift from the facts. The words are
/// decision 0035: "In work" is paid work started, "On placement" an unpaid placement started (supported internship,
/// work experience, volunteering); someone only proposed, interviewed or offered is still "Looking".
/// </summary>
public enum SeekerStatus
{
    Looking,
    InPlacement,
    InWork,
    Paused,
}

public static class SeekerStatuses
{
    public static readonly OpportunityKind[] PaidKinds = [OpportunityKind.PaidJob, OpportunityKind.Apprenticeship, OpportunityKind.Traineeship];
    public static readonly PlacementEventType[] Underway = [PlacementEventType.Introduced, PlacementEventType.Interviewed, PlacementEventType.Offered];

    public static IQueryable<JobSeeker> WithStatus(this IQueryable<JobSeeker> people, SeekerStatus status) => status switch
    {
        SeekerStatus.Paused => people.Where(j => j.PausedOn != null),
        SeekerStatus.InWork => people.Where(j => j.PausedOn == null && j.Placements.Any(p => p.Stage == PlacementEventType.Started && PaidKinds.Contains(p.Opportunity!.Kind))),
        SeekerStatus.InPlacement => people.Where(j => j.PausedOn == null
            && !j.Placements.Any(p => p.Stage == PlacementEventType.Started && PaidKinds.Contains(p.Opportunity!.Kind))
            && j.Placements.Any(p => p.Stage == PlacementEventType.Started && !PaidKinds.Contains(p.Opportunity!.Kind))),
        _ => people.Where(j => j.PausedOn == null && !j.Placements.Any(p => p.Stage == PlacementEventType.Started)),
    };

    public static SeekerStatus Of(bool paused, bool inPaidWork, bool inOtherPlacement) =>
        paused ? SeekerStatus.Paused : inPaidWork ? SeekerStatus.InWork : inOtherPlacement ? SeekerStatus.InPlacement : SeekerStatus.Looking;

    public static string Label(this SeekerStatus status) => status switch
    {
        SeekerStatus.Looking => "Looking",
        SeekerStatus.InPlacement => "On placement",
        SeekerStatus.InWork => "In work",
        SeekerStatus.Paused => "Paused",
        _ => status.ToString(),
    };

    public static Expression<Func<JobSeeker, bool>> InPaidWork =>
        j => j.Placements.Any(p => p.Stage == PlacementEventType.Started && PaidKinds.Contains(p.Opportunity!.Kind));

    /// <summary>On an unpaid placement that has started; a proposal, interview or offer leaves the person looking.</summary>
    public static Expression<Func<JobSeeker, bool>> InOtherPlacement =>
        j => j.Placements.Any(p => p.Stage == PlacementEventType.Started && !PaidKinds.Contains(p.Opportunity!.Kind));

    public static bool IsPaid(OpportunityKind kind) => PaidKinds.Contains(kind);
}
