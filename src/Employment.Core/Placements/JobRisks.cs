using System.Linq.Expressions;

namespace Employment.Core.Placements;

/// <summary>
/// A job is at risk when the latest recorded follow-up of a placement still in work says so; a later check-in
/// saying all is well clears it.
/// </summary>
public static class JobRisks
{
    public sealed record Risk(Guid PlacementId, Guid JobSeekerId, Guid FollowUpId, DateOnly RecordedOn, string? Details);

    /// <summary>The rule itself, for counting in a query ("needs attention").</summary>
    public static readonly Expression<Func<Placement, bool>> IsAtRisk = p =>
        p.Stage == PlacementEventType.Started
        && p.FollowUps.Where(f => f.CompletedOn != null)
            .OrderByDescending(f => f.CompletedOn).ThenByDescending(f => f.DueOn)
            .Select(f => f.RiskToJob).FirstOrDefault() == true;

    public static IQueryable<Risk> AtRisk(this IQueryable<Placement> placements) =>
        placements
            .Where(IsAtRisk)
            .Select(p => new
            {
                p.Id,
                p.JobSeekerId,
                Latest = p.FollowUps.Where(f => f.CompletedOn != null)
                    .OrderByDescending(f => f.CompletedOn).ThenByDescending(f => f.DueOn)
                    .Select(f => new { f.Id, f.CompletedOn, f.RiskToJob, f.RiskDetails })
                    .FirstOrDefault(),
            })
            .Select(p => new Risk(p.Id, p.JobSeekerId, p.Latest!.Id, p.Latest.CompletedOn!.Value, p.Latest.RiskDetails));
}
