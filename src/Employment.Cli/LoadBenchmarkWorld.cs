using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Employment.Cli;

/// <summary>
/// A national-scale world for the load benchmark, written with binary COPY: councils across England, a coach for every
/// <see cref="Sizes.Caseload"/> people (each coach in one council, their people near its centre), employers with sign-ins,
/// open and closed opportunities everywhere, advisers, and placements whose events add up to the number asked for.
/// Every account shares one password hash (<see cref="Password"/>), so any of them can sign in.
/// </summary>
internal sealed class LoadBenchmarkWorld(DateOnly today, int seed = 14)
{
    public const string Password = "Load-benchmark-2026";
    public static string CoachEmail(int number) => $"coach{number}@load.example.test";

    public static string EmployerEmail(int number) => $"employer{number}@load.example.test";

    public static string AdviserEmail(int number) => $"adviser{number}@load.example.test";

    public sealed record Sizes(int Seekers, int Opportunities, int Events, int Caseload);

    private readonly Random _random = new(seed);
    private readonly string _hash = new PasswordHasher<AppUser>().HashPassword(null!, Password);

    public async Task<string> LoadAsync(EmploymentDbContext db, Sizes sizes, CancellationToken ct)
    {
        var councils = await db.LocalAuthorities.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(ct);
        var centres = councils.ToDictionary(c => c, _ => (Lat: 50.8 + _random.NextDouble() * 3.6, Lon: -3.0 + _random.NextDouble() * 3.2));
        var soc = await db.SocUnitGroups.OrderBy(s => s.Code).Select(s => s.Code).ToListAsync(ct);
        var roles = await EnsureRolesAsync(db, ct);

        var coachCount = Math.Max(1, sizes.Seekers / sizes.Caseload);
        var coaches = Enumerable.Range(0, coachCount).Select(i => User(CoachEmail(i), councils[i % councils.Count], null)).ToList();
        var people = Enumerable.Range(0, sizes.Seekers).Select(i => Person(coaches[i % coachCount], centres)).ToList();
        var employers = Enumerable.Range(0, Math.Max(10, sizes.Opportunities / 10)).Select(_ => Employer()).ToList();
        var employerUsers = employers.Take(Math.Max(10, employers.Count / 20)).Select((e, i) => User(EmployerEmail(i), null, e.Id)).ToList();
        var advisers = Enumerable.Range(0, 20).Select(i => User(AdviserEmail(i), councils[i % councils.Count], null)).ToList();
        var opportunities = Enumerable.Range(0, sizes.Opportunities).Select(_ => Opportunity(employers, soc, centres, councils)).ToList();
        var plans = Plan(people, opportunities, sizes.Events);

        await db.Database.OpenConnectionAsync(ct);
        await BinaryCopy.CopyAsync(db, employers, ct);
        await BinaryCopy.CopyAsync(db, coaches.Concat(employerUsers).Concat(advisers), ct);
        await BinaryCopy.CopyAsync(db, coaches.Select(u => Role(u, roles[Roles.Coach]))
            .Concat(employerUsers.Select(u => Role(u, roles[Roles.Employer])))
            .Concat(advisers.Select(u => Role(u, roles[Roles.Adviser]))), ct);
        await BinaryCopy.CopyAsync(db, people, ct);
        await BinaryCopy.CopyAsync(db, opportunities, ct);
        await BinaryCopy.CopyAsync(db, plans.Select(p => new Placement
        {
            Id = p.Id, JobSeekerId = p.Seeker, OpportunityId = p.Opportunity, Stage = Stage(p), CreatedAt = At(p.IntroducedOn),
        }), ct);
        await BinaryCopy.CopyAsync(db, plans.SelectMany(Events), ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        await db.Database.CloseConnectionAsync();
        return $"{people.Count:N0} job seekers, {coaches.Count:N0} coaches, {employers.Count:N0} employers ({employerUsers.Count:N0} with a sign-in), "
            + $"{opportunities.Count:N0} opportunities, {plans.Count:N0} placements with {plans.Sum(p => (long)EventCount(p)):N0} events";
    }

    private static async Task<Dictionary<string, Guid>> EnsureRolesAsync(EmploymentDbContext db, CancellationToken ct)
    {
        foreach (var name in Roles.All.Where(name => !db.Roles.Any(r => r.Name == name)))
        {
            db.Roles.Add(new IdentityRole<Guid>(name) { Id = Guid.NewGuid(), NormalizedName = name.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }
        await db.SaveChangesAsync(ct);
        return await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
    }

    private sealed record PlacementPlan(Guid Id, Guid Seeker, Guid Opportunity, OpportunityKind Kind, DateOnly IntroducedOn, int Outcome, int Hours, int EndAfterDays);

    /// <summary>No person is placed twice on one opportunity (the database allows one active placement per pair).</summary>
    private List<PlacementPlan> Plan(List<JobSeeker> people, List<Opportunity> opportunities, int events)
    {
        var plans = new List<PlacementPlan>(events / 3 + 10);
        var pairs = new HashSet<(Guid, Guid)>();
        for (long written = 0; written < events;)
        {
            var person = people[_random.Next(people.Count)].Id;
            var opportunity = opportunities[_random.Next(opportunities.Count)];
            if (!pairs.Add((person, opportunity.Id)))
            {
                continue;
            }
            var roll = _random.NextDouble();
            var outcome = roll < 0.4 ? 0 : roll < 0.7 ? 1 : 2;
            var plan = new PlacementPlan(Guid.NewGuid(), person, opportunity.Id, opportunity.Kind, today.AddDays(-_random.Next(30, 3 * 365)),
                outcome, _random.Next(4, 38), _random.NextDouble() < 0.5 ? _random.Next(20, 500) : -1);
            written += EventCount(plan);
            plans.Add(plan);
        }
        return plans;
    }

    private int EventCount(PlacementPlan p) => p.Outcome switch { 0 => 2, 1 => 3, _ => Ended(p) is null ? 4 : 5 };

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

    private AppUser User(string email, int? council, Guid? employer) => new()
    {
        Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true, DisplayName = email.Split('@')[0], PasswordHash = _hash, SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
        ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true, LocalAuthorityId = council, EmployerId = employer,
        CreatedAt = At(today.AddDays(-400)),
    };

    private static IdentityUserRole<Guid> Role(AppUser user, Guid role) => new() { UserId = user.Id, RoleId = role };

    private static readonly string[] FirstNames = ["Alex", "Sam", "Jordan", "Priya", "Mohammed", "Olivia", "Kai", "Amelia", "Noah", "Zara", "Leo", "Ava"];
    private static readonly string[] LastNames = ["Smith", "Jones", "Patel", "Khan", "Taylor", "Brown", "Williams", "Evans", "Hughes", "Ali", "Walker", "Wood"];

    private JobSeeker Person(AppUser coach, Dictionary<int, (double Lat, double Lon)> centres)
    {
        var joined = At(today.AddDays(-_random.Next(60, 4 * 365)));
        var (lat, lon) = centres[coach.LocalAuthorityId!.Value];
        return new JobSeeker
        {
            Id = Guid.NewGuid(), FirstName = FirstNames[_random.Next(FirstNames.Length)], LastName = LastNames[_random.Next(LastNames.Length)],
            DateOfBirth = today.AddDays(-_random.Next(16 * 365, 60 * 365)), CoachId = coach.Id, LocalAuthorityId = coach.LocalAuthorityId.Value,
            HomeLatitude = lat + (_random.NextDouble() - 0.5) * 0.2, HomeLongitude = lon + (_random.NextDouble() - 0.5) * 0.3,
            HoursMin = 5, HoursMax = 30, TravelMaxMinutes = 30 + _random.Next(4) * 15, ConsentToShare = _random.NextDouble() < 0.8,
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
            Id = Guid.NewGuid(), Name = $"Employer {_random.Next(100_000):D5}", DcLevel = level, DcValidUntil = until, DcSince = until?.AddYears(-3),
            Approval = ApprovalStatus.Approved, CreatedAt = created, UpdatedAt = created,
        };
    }

    /// <summary>About one in five is open today; the rest closed over the last three years, as a national service accumulates.</summary>
    private Opportunity Opportunity(List<Employer> employers, List<string> soc, Dictionary<int, (double Lat, double Lon)> centres, List<int> councils)
    {
        var roll = _random.NextDouble();
        var kind = roll < 0.5 ? OpportunityKind.PaidJob : roll < 0.6 ? OpportunityKind.SupportedInternship : roll < 0.7 ? OpportunityKind.Apprenticeship
            : roll < 0.75 ? OpportunityKind.Traineeship : roll < 0.9 ? OpportunityKind.WorkExperience : OpportunityKind.Volunteering;
        var posted = today.AddDays(-_random.Next(0, 3 * 365 + 60));
        var open = _random.NextDouble() < 0.2;
        var (lat, lon) = centres[councils[_random.Next(councils.Count)]];
        return new Opportunity
        {
            Id = Guid.NewGuid(), EmployerId = employers[_random.Next(employers.Count)].Id, Kind = kind, Title = "Opportunity " + _random.Next(10_000),
            SocCode = soc[_random.Next(soc.Count)], HoursPerWeek = 8 + _random.Next(30), HourlyPay = kind.IsPaid() ? 12.5m : null,
            Latitude = lat + (_random.NextDouble() - 0.5) * 0.3, Longitude = lon + (_random.NextDouble() - 0.5) * 0.4, PostedOn = posted,
            ClosedOn = open ? null : posted.AddDays(_random.Next(20, 60)) is var closed && closed < today ? closed : null,
            InternshipLengthMonths = kind == OpportunityKind.SupportedInternship ? 10 : null, CreatedAt = At(posted), UpdatedAt = At(posted),
        };
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
}
