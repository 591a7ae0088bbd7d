using Bogus;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Seed.Randomness;

namespace Employment.Seed.Placements;

/// <summary>
/// The default plan's follow-ups for a placement that started: most of those already due are done, a few recent ones
/// are not (so the coach's home page has something overdue), and those after an end are closed as not needed.
/// Each placement draws from its own stream, so adding follow-ups leaves the rest of the world as it was.
/// </summary>
internal static class FollowUpHistory
{
    private const int RecentDays = 21;

    private static readonly string[] Going =
    [
        "Settling in well and getting on with the team",
        "Knows the routine now and needs fewer prompts",
        "Manager is pleased; we went through the rota together",
        "Learning the tills, using the picture guide",
        "Travelling on their own now",
        "Enjoys the work and wants more hours",
        "A bit tired after long shifts; agreed shorter ones with the manager",
    ];

    private static readonly string[] Risks =
    [
        "Late several times because the bus is unreliable",
        "New manager does not know about the adjustments",
        "Finding the busy lunchtimes overwhelming",
        "Hours cut and worried about money",
    ];

    public static void Add(Placement placement, Opportunity opportunity, DateOnly startedOn, DateOnly? endedOn, Guid? coachId, DateOnly today)
    {
        var random = new Randomizer(BitConverter.ToInt32(placement.Id.ToByteArray(), 0));
        foreach (var (kind, dueOn) in FollowUpSchedule.For(FollowUpPlan.Default, startedOn, opportunity.Kind, opportunity.InternshipLengthMonths))
        {
            var followUp = new FollowUp { Id = random.NextGuid(), PlacementId = placement.Id, Kind = kind, DueOn = dueOn };
            placement.FollowUps.Add(followUp);
            if (endedOn is { } ended && dueOn > ended)
            {
                followUp.NotNeeded = true;
            }
            else if (dueOn <= today && !(today.DayNumber - dueOn.DayNumber <= RecentDays && random.Chance(0.4)))
            {
                Complete(followUp, random, startedOn, coachId, endedOn ?? today);
            }
        }
    }

    private static void Complete(FollowUp followUp, Randomizer random, DateOnly startedOn, Guid? coachId, DateOnly latest)
    {
        var doneOn = followUp.DueOn.AddDays(random.Int(0, 4));
        followUp.CompletedOn = doneOn > latest ? latest : doneOn;
        if (followUp.Kind is FollowUpKind.Milestone13Weeks or FollowUpKind.Milestone26Weeks or FollowUpKind.Milestone52Weeks)
        {
            // Employers answer milestones themselves, so no coach is recorded.
            followUp.Notes = "The employer confirmed the person is still working there";
            return;
        }
        followUp.CompletedById = coachId;
        followUp.Notes = followUp.Kind == FollowUpKind.PlanMoveIntoPaidWork ? "Talked to the employer about a paid job at the end" : random.Pick(Going);
        // Support tapers: hours on site in the first month, then an hour or two.
        var early = followUp.DueOn.DayNumber - startedOn.DayNumber <= 28;
        followUp.SupportHours = early ? random.Int(4, 12) : random.Int(1, 4) / 2m + 0.5m;
        followUp.RiskToJob = random.Chance(0.07);
        followUp.RiskDetails = followUp.RiskToJob == true ? random.Pick(Risks) : null;
    }
}
