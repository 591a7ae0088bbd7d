using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Seed;
using Microsoft.EntityFrameworkCore;

namespace Employment.Cli;

/// <summary>
/// A synthetic three-year history for the statistics benchmark, written with binary COPY: people across a few councils,
/// employers at every Disability Confident level, opportunities of every kind, and placements whose events add up to
/// the number asked for (most end at introduction or interview; about three in ten start, and half of those end).
/// </summary>
internal sealed class StatisticsBenchmarkData(DateOnly today, int seed = 6)
{
    private readonly Random _random = new(seed);

    private sealed record PlacementPlan(Guid Id, Guid Seeker, Guid Opportunity, OpportunityKind Kind, DateOnly IntroducedOn, int Outcome, int Hours, int EndAfterDays);

    public async Task<(int People, int Placements, long Events)> LoadAsync(EmploymentDbContext db, int events, CancellationToken ct)
    {
        var councils = await db.LocalAuthorities.OrderBy(l => l.Id).Select(l => l.Id).Take(12).ToListAsync(ct);
        var soc = await db.SocUnitGroups.OrderBy(s => s.Code).Select(s => s.Code).Take(50).ToListAsync(ct);
        var people = Enumerable.Range(0, Math.Max(1000, events / 30)).Select(_ => Person(councils)).ToList();
        var employers = Enumerable.Range(0, Math.Max(50, events / 1500)).Select(_ => Employer()).ToList();
        var opportunities = Enumerable.Range(0, Math.Max(200, events / 75)).Select(_ => Opportunity(employers, soc)).ToList();
        var plans = Plan(people, opportunities, events);

        await db.Database.OpenConnectionAsync(ct);
        await BinaryCopy.CopyAsync(db, people, ct);
        await BinaryCopy.CopyAsync(db, employers, ct);
        await BinaryCopy.CopyAsync(db, opportunities, ct);
        await BinaryCopy.CopyAsync(db, plans.Select(p => new Placement
        {
            Id = p.Id, JobSeekerId = p.Seeker, OpportunityId = p.Opportunity, Stage = Stage(p), CreatedAt = At(p.IntroducedOn),
        }), ct);
        await BinaryCopy.CopyAsync(db, plans.SelectMany(Events), ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        await db.Database.CloseConnectionAsync();
        return (people.Count, plans.Count, plans.Sum(p => (long)EventCount(p)));
    }

    private List<PlacementPlan> Plan(List<JobSeeker> people, List<Opportunity> opportunities, int events)
    {
        var plans = new List<PlacementPlan>(events / 3 + 10);
        // One placement per person and opportunity: the database refuses two still going on (a few draws in a million repeat).
        var pairs = new HashSet<(Guid, Guid)>();
        for (long written = 0; written < events;)
        {
            var opportunity = opportunities[_random.Next(opportunities.Count)];
            var seeker = people[_random.Next(people.Count)].Id;
            if (!pairs.Add((seeker, opportunity.Id)))
            {
                continue;
            }
            var roll = _random.NextDouble();
            var outcome = roll < 0.4 ? 0 : roll < 0.7 ? 1 : 2;
            var plan = new PlacementPlan(Guid.NewGuid(), seeker, opportunity.Id, opportunity.Kind,
                today.AddDays(-_random.Next(30, 3 * 365)), outcome, _random.Next(4, 38), _random.NextDouble() < 0.5 ? _random.Next(20, 500) : -1);
            written += EventCount(plan);
            plans.Add(plan);
        }
        return plans;
    }

    private int EventCount(PlacementPlan p) => p.Outcome switch
    {
        0 => 2,
        1 => 3,
        _ => Ended(p) is null ? 4 : 5,
    };

    private DateOnly? Ended(PlacementPlan p)
    {
        var end = p.IntroducedOn.AddDays(21 + p.EndAfterDays);
        return p.EndAfterDays < 0 || end > today ? null : end;
    }

    private PlacementEventType Stage(PlacementPlan p) => p.Outcome switch
    {
        0 => PlacementEventType.Declined,
        1 => PlacementEventType.Rejected,
        _ => Ended(p) is null ? PlacementEventType.Started : PlacementEventType.Ended,
    };

    private IEnumerable<PlacementEvent> Events(PlacementPlan p)
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

    private static PlacementEvent Event(PlacementPlan p, PlacementEventType type, DateOnly on) =>
        new() { PlacementId = p.Id, Type = type, OccurredOn = on, RecordedAt = At(on) };

    private JobSeeker Person(List<int> councils)
    {
        var joined = At(today.AddDays(-_random.Next(60, 4 * 365)));
        return new JobSeeker
        {
            Id = Guid.NewGuid(), FirstName = "", LastName = "", DateOfBirth = today.AddDays(-_random.Next(16 * 365, 60 * 365)),
            LocalAuthorityId = councils[_random.Next(councils.Count)], HoursMin = 5, HoursMax = 30, TravelMaxMinutes = 30,
            SourceId = null, CreatedAt = joined, UpdatedAt = joined,
        };
    }

    private Employer Employer()
    {
        var level = (DisabilityConfidentLevel)_random.Next(4);
        var until = level == DisabilityConfidentLevel.None ? (DateOnly?)null : today.AddDays(_random.Next(-400, 3 * 365));
        var created = At(today.AddDays(-_random.Next(400, 5 * 365)));
        return new Employer
        {
            Id = Guid.NewGuid(), Name = "Employer", DcLevel = level, DcValidUntil = until, DcSince = until?.AddYears(-3),
            Approval = ApprovalStatus.Approved, CreatedAt = created, UpdatedAt = created,
        };
    }

    private Opportunity Opportunity(List<Employer> employers, List<string> soc)
    {
        var roll = _random.NextDouble();
        var kind = roll < 0.5 ? OpportunityKind.PaidJob : roll < 0.6 ? OpportunityKind.SupportedInternship : roll < 0.7 ? OpportunityKind.Apprenticeship
            : roll < 0.75 ? OpportunityKind.Traineeship : roll < 0.9 ? OpportunityKind.WorkExperience : OpportunityKind.Volunteering;
        var posted = today.AddDays(-_random.Next(0, 3 * 365 + 60));
        return new Opportunity
        {
            Id = Guid.NewGuid(), EmployerId = employers[_random.Next(employers.Count)].Id, Kind = kind, Title = "Opportunity", SocCode = soc[_random.Next(soc.Count)],
            HoursPerWeek = 16, Latitude = 52.6, Longitude = -1.1, PostedOn = posted,
            InternshipLengthMonths = kind == OpportunityKind.SupportedInternship ? 10 : null, CreatedAt = At(posted), UpdatedAt = At(posted),
        };
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
}
