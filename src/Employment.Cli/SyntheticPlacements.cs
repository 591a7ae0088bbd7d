using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Seed;

namespace Employment.Cli;

/// <summary>
/// The placements of a benchmark's synthetic world, drawn until their events add up to the number asked for: most end
/// at introduction or interview; about three in ten start, and half of those end. No person is placed twice on one
/// opportunity (the database allows one active placement per pair).
/// </summary>
internal sealed class SyntheticPlacements
{
    private sealed record Plan(Guid Id, Guid Seeker, Guid Opportunity, OpportunityKind Kind, DateOnly IntroducedOn, int Outcome, int Hours, int EndAfterDays);

    private readonly DateOnly _today;
    private readonly List<Plan> _plans;

    public SyntheticPlacements(DateOnly today, Random random, List<JobSeeker> people, List<Opportunity> opportunities, long events)
    {
        _today = today;
        _plans = new List<Plan>((int)Math.Min(events / 3 + 10, int.MaxValue));
        var pairs = new HashSet<(Guid, Guid)>();
        for (long written = 0; written < events;)
        {
            var person = people[random.Next(people.Count)].Id;
            var opportunity = opportunities[random.Next(opportunities.Count)];
            if (!pairs.Add((person, opportunity.Id)))
            {
                continue;
            }
            var roll = random.NextDouble();
            var outcome = roll < 0.4 ? 0 : roll < 0.7 ? 1 : 2;
            var plan = new Plan(Guid.NewGuid(), person, opportunity.Id, opportunity.Kind, today.AddDays(-random.Next(30, 3 * 365)),
                outcome, random.Next(4, 38), random.NextDouble() < 0.5 ? random.Next(20, 500) : -1);
            written += EventCount(plan);
            _plans.Add(plan);
        }
    }

    public int Count => _plans.Count;

    public long Events => _plans.Sum(p => (long)EventCount(p));

    /// <summary>Writes the placements and their events on the context's open connection.</summary>
    public async Task CopyAsync(EmploymentDbContext db, CancellationToken ct)
    {
        await BinaryCopy.CopyAsync(db, _plans.Select(p => new Placement
        {
            Id = p.Id, JobSeekerId = p.Seeker, OpportunityId = p.Opportunity, Stage = Stage(p), CreatedAt = At(p.IntroducedOn),
        }), ct);
        await BinaryCopy.CopyAsync(db, _plans.SelectMany(EventsOf), ct);
    }

    /// <summary>Nine in the morning, UTC, on the day: when the synthetic worlds record everything.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    private int EventCount(Plan p) => p.Outcome switch { 0 => 2, 1 => 3, _ => Ended(p) is null ? 4 : 5 };

    private DateOnly? Ended(Plan p)
    {
        var end = p.IntroducedOn.AddDays(21 + p.EndAfterDays);
        return p.EndAfterDays < 0 || end > _today ? null : end;
    }

    private PlacementEventType Stage(Plan p) => p.Outcome switch
    {
        0 => PlacementEventType.Declined,
        1 => PlacementEventType.Rejected,
        _ => Ended(p) is null ? PlacementEventType.Started : PlacementEventType.Ended,
    };

    private IEnumerable<PlacementEvent> EventsOf(Plan p)
    {
        yield return Event(p, PlacementEventType.Introduced, p.IntroducedOn);
        if (p.Outcome == 0)
        {
            yield return Event(p, PlacementEventType.Declined, p.IntroducedOn.AddDays(3));
            yield break;
        }
        yield return Event(p, PlacementEventType.Interviewed, p.IntroducedOn.AddDays(7));
        if (p.Outcome == 1)
        {
            yield return Event(p, PlacementEventType.Rejected, p.IntroducedOn.AddDays(10));
            yield break;
        }
        var startedOn = p.IntroducedOn.AddDays(21);
        yield return Event(p, PlacementEventType.Offered, p.IntroducedOn.AddDays(10));
        var started = Event(p, PlacementEventType.Started, startedOn);
        started.HoursPerWeek = p.Hours;
        started.HourlyPay = p.Kind.IsPaid() ? MinimumWage.NationalLivingWage(startedOn) + p.Hours % 4 * 0.5m : null;
        yield return started;
        if (Ended(p) is { } end)
        {
            yield return Event(p, PlacementEventType.Ended, end);
        }
    }

    private static PlacementEvent Event(Plan p, PlacementEventType type, DateOnly on) =>
        new() { PlacementId = p.Id, Type = type, OccurredOn = on, RecordedAt = At(on) };
}
