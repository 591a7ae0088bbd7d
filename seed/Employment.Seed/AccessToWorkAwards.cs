using Employment.Core.AccessToWork;
using Employment.Core.Placements;

namespace Employment.Seed;

/// <summary>
/// One Access to Work award in the demo coach's caseload, so a person walking the site sees it: for the person whose job
/// started most recently with check-ins recording hours (a taper to show), with its renewal due within 8 weeks. Chosen
/// from the world already made, drawing nothing random, so the rest of the world stays as it was.
/// </summary>
internal static class AccessToWorkAwards
{
    public static List<AccessToWorkApplication> Generate(DemoWorldOptions options, IReadOnlyList<DemoJobSeeker> people, IReadOnlyList<Placement> placements, Guid demoCoachId)
    {
        var caseload = people.Where(p => p.JobSeeker.CoachId == demoCoachId).Select(p => p.JobSeeker.Id).ToHashSet();
        var chosen = placements
            .Where(p => caseload.Contains(p.JobSeekerId) && p.Stage == PlacementEventType.Started && p.FollowUps.Count(f => f.SupportHours > 0) >= 3)
            .Select(p => (Placement: p, Start: p.Events.Where(e => e.Type == PlacementEventType.Started).Select(e => e.OccurredOn).DefaultIfEmpty(DateOnly.MinValue).Max()))
            .Where(p => p.Start <= options.Today && p.Start > DateOnly.MinValue)
            .OrderByDescending(p => p.Start).ThenBy(p => p.Placement.Id)
            .FirstOrDefault();
        if (chosen.Placement is null)
        {
            return [];
        }
        var renewal = options.Today.AddDays(60);
        var recorded = new DateTimeOffset(chosen.Start.AddDays(-10).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        return
        [
            new AccessToWorkApplication
            {
                // Made from the placement's id, so the same options always give the same world.
                Id = new Guid(chosen.Placement.Id.ToByteArray().Reverse().ToArray()), JobSeekerId = chosen.Placement.JobSeekerId, AppliedOn = chosen.Start.AddDays(-30),
                Support = AccessToWorkSupport.JobCoachHours | AccessToWorkSupport.Travel,
                Decision = AccessToWorkDecision.Awarded, DecidedOn = chosen.Start.AddDays(-10), AwardFrom = chosen.Start, AwardTo = renewal.AddDays(28),
                AwardAmount = 4800m, JobCoachHoursPerWeek = 6m, RenewalDueOn = renewal,
                RecordedById = demoCoachId, RecordedAt = recorded, UpdatedAt = recorded,
            },
        ];
    }
}
