using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
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
        var placements = new SyntheticPlacements(today, _random, people, opportunities, sizes.Events);

        await db.Database.OpenConnectionAsync(ct);
        await BinaryCopy.CopyAsync(db, employers, ct);
        await BinaryCopy.CopyAsync(db, coaches.Concat(employerUsers).Concat(advisers), ct);
        await BinaryCopy.CopyAsync(db, coaches.Select(u => Role(u, roles[Roles.Coach]))
            .Concat(employerUsers.Select(u => Role(u, roles[Roles.Employer])))
            .Concat(advisers.Select(u => Role(u, roles[Roles.Adviser]))), ct);
        await BinaryCopy.CopyAsync(db, people, ct);
        await BinaryCopy.CopyAsync(db, opportunities, ct);
        await placements.CopyAsync(db, ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        await db.Database.CloseConnectionAsync();
        return $"{people.Count:N0} job seekers, {coaches.Count:N0} coaches, {employers.Count:N0} employers ({employerUsers.Count:N0} with a sign-in), "
            + $"{opportunities.Count:N0} opportunities, {placements.Count:N0} placements with {placements.Events:N0} events";
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

    private AppUser User(string email, int? council, Guid? employer) => new()
    {
        Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true, DisplayName = email.Split('@')[0], PasswordHash = _hash, SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
        ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true, LocalAuthorityId = council, EmployerId = employer,
        CreatedAt = SyntheticPlacements.At(today.AddDays(-400)),
    };

    private static IdentityUserRole<Guid> Role(AppUser user, Guid role) => new() { UserId = user.Id, RoleId = role };

    private static readonly string[] FirstNames = ["Alex", "Sam", "Jordan", "Priya", "Mohammed", "Olivia", "Kai", "Amelia", "Noah", "Zara", "Leo", "Ava"];
    private static readonly string[] LastNames = ["Smith", "Jones", "Patel", "Khan", "Taylor", "Brown", "Williams", "Evans", "Hughes", "Ali", "Walker", "Wood"];

    private JobSeeker Person(AppUser coach, Dictionary<int, (double Lat, double Lon)> centres)
    {
        var joined = SyntheticPlacements.At(today.AddDays(-_random.Next(60, 4 * 365)));
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
        var created = SyntheticPlacements.At(today.AddDays(-_random.Next(400, 5 * 365)));
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
            InternshipLengthMonths = kind == OpportunityKind.SupportedInternship ? 10 : null, CreatedAt = SyntheticPlacements.At(posted), UpdatedAt = SyntheticPlacements.At(posted),
        };
    }
}
