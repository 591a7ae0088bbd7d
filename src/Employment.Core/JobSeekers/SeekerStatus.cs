using System.Linq.Expressions;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>In a paid job whose employer said they no longer work there, and the coach has not yet recorded the end or that they still work.</summary>
    NotKnown,
}

public static class SeekerStatuses
{
    public static readonly OpportunityKind[] PaidKinds = [.. Enum.GetValues<OpportunityKind>().Where(k => k.IsPaid())];
    public static readonly PlacementEventType[] Underway = [PlacementEventType.Introduced, PlacementEventType.Interviewed, PlacementEventType.Offered];

    public static IQueryable<JobSeeker> WithStatus(this IQueryable<JobSeeker> people, SeekerStatus status) => status switch
    {
        SeekerStatus.Paused => people.Where(j => j.PausedOn != null),
        SeekerStatus.InWork => people.Where(j => j.PausedOn == null).Where(InPaidWork),
        SeekerStatus.NotKnown => people.Where(j => j.PausedOn == null).Where(Not(InPaidWork)).Where(EmployerSaysLeft),
        SeekerStatus.InPlacement => people.Where(j => j.PausedOn == null
            && !j.Placements.Any(p => p.Stage == PlacementEventType.Started && PaidKinds.Contains(p.Opportunity!.Kind))
            && j.Placements.Any(p => p.Stage == PlacementEventType.Started && !PaidKinds.Contains(p.Opportunity!.Kind))),
        _ => people.Where(j => j.PausedOn == null && !j.Placements.Any(p => p.Stage == PlacementEventType.Started)),
    };

    public static SeekerStatus Of(bool paused, bool inPaidWork, bool inOtherPlacement, bool employerSaysLeft = false) =>
        paused ? SeekerStatus.Paused : inPaidWork ? SeekerStatus.InWork : employerSaysLeft ? SeekerStatus.NotKnown
        : inOtherPlacement ? SeekerStatus.InPlacement : SeekerStatus.Looking;

    public static string Label(this SeekerStatus status) => status switch
    {
        SeekerStatus.Looking => "Looking",
        SeekerStatus.InPlacement => "On placement",
        SeekerStatus.InWork => "In work",
        SeekerStatus.Paused => "Paused",
        SeekerStatus.NotKnown => "Not known: employer says they left",
        _ => status.ToString(),
    };

    /// <summary>In a started paid job whose latest fact is not the employer's "no longer working".</summary>
    public static Expression<Func<JobSeeker, bool>> InPaidWork
    {
        get
        {
            var job = StartedPaidJob(employerSaysLeft: false);
            return j => j.Placements.AsQueryable().Any(job);
        }
    }

    /// <summary>In a started paid job whose latest fact is the employer's "no longer working": the coach has to confirm.</summary>
    public static Expression<Func<JobSeeker, bool>> EmployerSaysLeft
    {
        get
        {
            var job = StartedPaidJob(employerSaysLeft: true);
            return j => j.Placements.AsQueryable().Any(job);
        }
    }

    /// <summary>A started paid job whose latest work fact is, or is not, the employer's "no longer working".</summary>
    private static Expression<Func<Placement, bool>> StartedPaidJob(bool employerSaysLeft) =>
        p => p.Stage == PlacementEventType.Started && PaidKinds.Contains(p.Opportunity!.Kind)
            && (p.Events.Where(e => PlacementPipeline.WorkFacts.Contains(e.Type)).OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id)
                .Select(e => (PlacementEventType?)e.Type).FirstOrDefault() == PlacementEventType.EmployerSaysLeft) == employerSaysLeft;

    private static Expression<Func<JobSeeker, bool>> Not(Expression<Func<JobSeeker, bool>> condition) =>
        Expression.Lambda<Func<JobSeeker, bool>>(Expression.Not(condition.Body), condition.Parameters);

    /// <summary>On an unpaid placement that has started; a proposal, interview or offer leaves the person looking.</summary>
    public static Expression<Func<JobSeeker, bool>> InOtherPlacement =>
        j => j.Placements.Any(p => p.Stage == PlacementEventType.Started && !PaidKinds.Contains(p.Opportunity!.Kind));

    /// <summary>The status of each of <paramref name="people"/>, by the rules above: the one way every page works it out.</summary>
    public static async Task<Dictionary<Guid, SeekerStatus>> StatusesAsync(this IQueryable<JobSeeker> people, CancellationToken ct = default)
    {
        var paused = await people.Select(j => new { j.Id, Paused = j.PausedOn != null }).ToListAsync(ct);
        var inPaidWork = (await people.Where(InPaidWork).Select(j => j.Id).ToListAsync(ct)).ToHashSet();
        var employerSaysLeft = (await people.Where(EmployerSaysLeft).Select(j => j.Id).ToListAsync(ct)).ToHashSet();
        var inOtherPlacement = (await people.Where(InOtherPlacement).Select(j => j.Id).ToListAsync(ct)).ToHashSet();
        return paused.ToDictionary(p => p.Id, p => Of(p.Paused, inPaidWork.Contains(p.Id), inOtherPlacement.Contains(p.Id), employerSaysLeft.Contains(p.Id)));
    }
}
