using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Seed;
using Microsoft.EntityFrameworkCore;

namespace Employment.Cli;

/// <summary>
/// A synthetic three-year history for the statistics benchmark, written with binary COPY: people across a few councils,
/// employers at every Disability Confident level, opportunities of every kind, and placements whose events add up to
/// the number asked for (<see cref="SyntheticPlacements"/>).
/// </summary>
internal sealed class StatisticsBenchmarkData(DateOnly today, int seed = 6)
{
    private readonly Random _random = new(seed);

    public async Task<(int People, int Placements, long Events)> LoadAsync(EmploymentDbContext db, int events, CancellationToken ct)
    {
        var councils = await db.LocalAuthorities.OrderBy(l => l.Id).Select(l => l.Id).Take(12).ToListAsync(ct);
        var soc = await db.SocUnitGroups.OrderBy(s => s.Code).Select(s => s.Code).Take(50).ToListAsync(ct);
        var people = Enumerable.Range(0, Math.Max(1000, events / 30)).Select(_ => Person(councils)).ToList();
        var employers = Enumerable.Range(0, Math.Max(50, events / 1500)).Select(_ => Employer()).ToList();
        var opportunities = Enumerable.Range(0, Math.Max(200, events / 75)).Select(_ => Opportunity(employers, soc)).ToList();
        var placements = new SyntheticPlacements(today, _random, people, opportunities, events);

        await db.Database.OpenConnectionAsync(ct);
        await BinaryCopy.CopyAsync(db, people, ct);
        await BinaryCopy.CopyAsync(db, employers, ct);
        await BinaryCopy.CopyAsync(db, opportunities, ct);
        await placements.CopyAsync(db, ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        await db.Database.CloseConnectionAsync();
        return (people.Count, placements.Count, placements.Events);
    }

    private JobSeeker Person(List<int> councils)
    {
        var joined = SyntheticPlacements.At(today.AddDays(-_random.Next(60, 4 * 365)));
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
        var created = SyntheticPlacements.At(today.AddDays(-_random.Next(400, 5 * 365)));
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
            InternshipLengthMonths = kind == OpportunityKind.SupportedInternship ? 10 : null, CreatedAt = SyntheticPlacements.At(posted), UpdatedAt = SyntheticPlacements.At(posted),
        };
    }
}
