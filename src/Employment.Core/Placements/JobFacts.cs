namespace Employment.Core.Placements;

/// <summary>
/// The terms of a started job in force on a day, worked out from its history: the latest start or change on or before the
/// day wins (ties by the order recorded). Never stored, so it cannot drift from the history.
/// </summary>
public sealed record JobFacts(decimal? HoursPerWeek, decimal? HourlyPay, string? Role, bool EmployerSaysLeft)
{
    public static JobFacts On(IEnumerable<PlacementEvent> history, DateOnly day)
    {
        var facts = history.Where(e => PlacementPipeline.WorkFacts.Contains(e.Type) && e.OccurredOn <= day)
            .OrderBy(e => e.OccurredOn).ThenBy(e => e.Id).ToList();
        var hours = facts.LastOrDefault(e => e.HoursPerWeek is not null && e.Type is PlacementEventType.Started or PlacementEventType.HoursChanged)?.HoursPerWeek;
        var pay = facts.LastOrDefault(e => e.HourlyPay is not null && e.Type is PlacementEventType.Started or PlacementEventType.PayChanged)?.HourlyPay;
        var role = facts.LastOrDefault(e => e.Type == PlacementEventType.RoleChanged)?.Role;
        return new JobFacts(hours, pay, role, facts.LastOrDefault()?.Type == PlacementEventType.EmployerSaysLeft);
    }

    /// <summary>The day the job started, if it has.</summary>
    public static DateOnly? StartedOn(IEnumerable<PlacementEvent> history) =>
        history.Where(e => e.Type == PlacementEventType.Started).Select(e => (DateOnly?)e.OccurredOn).Min();
}
