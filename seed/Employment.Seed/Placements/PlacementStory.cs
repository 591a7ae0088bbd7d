using Bogus;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Seed.Randomness;
using static Employment.Seed.Placements.Tenure;

namespace Employment.Seed.Placements;

/// <summary>
/// Plays one placement forward from the introduction. Every step's chance of going well rises
/// with the latent fit; nothing is recorded after the demo world's today.
/// </summary>
internal sealed class PlacementStory(Randomizer random, DateOnly today)
{
    public sealed record Outcome(Placement Placement, DateOnly? StartedOn, DateOnly? EndedOn, bool FinishedAsPlanned);

    public Outcome Tell(JobSeeker seeker, Opportunity opportunity, DateOnly introducedOn, double latent, FitBreakdown fit)
    {
        var placement = new Placement { Id = random.NextGuid(), JobSeekerId = seeker.Id, OpportunityId = opportunity.Id };
        var events = new EventLog(random, placement, seeker.CoachId, today);
        events.Add(PlacementEventType.Introduced, introducedOn);
        placement.CreatedAt = placement.Events[0].RecordedAt;
        var gap = latent - 0.5;

        if (random.Chance(Sigmoid(-1.5 - 5 * gap)))
        {
            events.After(PlacementEventType.Declined, 1, 14, PlacementReasons.Declined(random, fit, afterOffer: false));
            return Done(placement);
        }
        if (random.Chance(opportunity.InterviewGuaranteed ? 0.02 : Sigmoid(-0.9 - 5 * gap)))
        {
            events.After(PlacementEventType.Rejected, 2, 21, PlacementReasons.Rejected(random, fit, afterInterview: false));
            return Done(placement);
        }
        if (!events.After(PlacementEventType.Interviewed, 3, 21))
        {
            return Done(placement);
        }
        if (random.Chance(Sigmoid(0.1 - 6 * gap)))
        {
            events.After(PlacementEventType.Rejected, 1, 10, PlacementReasons.Rejected(random, fit, afterInterview: true));
            return Done(placement);
        }
        if (!events.After(PlacementEventType.Offered, 1, 10))
        {
            return Done(placement);
        }
        if (random.Chance(Sigmoid(-2.0 - 4 * gap)))
        {
            events.After(PlacementEventType.Declined, 1, 10, PlacementReasons.Declined(random, fit, afterOffer: true));
            return Done(placement);
        }
        if (!events.After(PlacementEventType.Started, 5, 30))
        {
            return Done(placement);
        }
        var start = placement.Events[^1];
        start.HoursPerWeek = AgreedHours(seeker, opportunity);
        if (MinimumWage.FloorFor(opportunity.Kind, start.OccurredOn) is { } floor)
        {
            start.HourlyPay = Math.Max(opportunity.HourlyPay ?? floor, floor);
        }
        var (days, asPlanned) = Draw(random, opportunity.Kind, opportunity.InternshipLengthMonths, latent);
        var endedOn = start.OccurredOn.AddDays(days);
        if (endedOn > today)
        {
            FollowUpHistory.Add(placement, opportunity, start.OccurredOn, null, seeker.CoachId, today);
            return Done(placement, start.OccurredOn);
        }
        events.Add(PlacementEventType.Ended, endedOn, asPlanned ? PlacementReasons.Completed(opportunity.Kind) : PlacementReasons.LeftEarly(random, fit));
        FollowUpHistory.Add(placement, opportunity, start.OccurredOn, endedOn, seeker.CoachId, today);
        return Done(placement, start.OccurredOn, endedOn, asPlanned);
    }

    /// <summary>Coaches often carve a job down to the hours a person wants, but internships keep their hours.</summary>
    private decimal AgreedHours(JobSeeker seeker, Opportunity opportunity) =>
        opportunity.Kind != OpportunityKind.SupportedInternship && opportunity.HoursPerWeek > seeker.HoursMax + 5 && random.Chance(0.5)
            ? seeker.HoursMax
            : opportunity.HoursPerWeek;

    private static Outcome Done(Placement placement, DateOnly? startedOn = null, DateOnly? endedOn = null, bool asPlanned = false)
    {
        placement.Stage = placement.Events[^1].Type;
        return new Outcome(placement, startedOn, endedOn, asPlanned);
    }
}
