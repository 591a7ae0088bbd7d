namespace Employment.Core.Placements;

/// <summary>
/// A job is at risk when the latest recorded follow-up of a placement still in work says so; a later check-in
/// saying all is well clears it.
/// </summary>
public static class JobRisks
{
    public sealed record Risk(Guid PlacementId, Guid JobSeekerId, Guid FollowUpId, DateOnly RecordedOn, string? Details);

    public static IQueryable<Risk> AtRisk(this IQueryable<Placement> placements) =>
        from p in placements
        where p.Stage == PlacementEventType.Started
        let latest = p.FollowUps.Where(f => f.CompletedOn != null).OrderByDescending(f => f.CompletedOn).ThenByDescending(f => f.DueOn).FirstOrDefault()
        where latest != null && latest.RiskToJob == true
        select new Risk(p.Id, p.JobSeekerId, latest.Id, latest.CompletedOn!.Value, latest.RiskDetails);
}
