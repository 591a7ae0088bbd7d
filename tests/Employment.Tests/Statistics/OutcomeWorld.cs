using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Tests.Statistics;

/// <summary>
/// A small hand-built world with known answers (today is 23 November 2026):
/// A has a 20-hour job from 10 January 2025, still going; B's job (Q1 2025) ended at week 12; C has two jobs at once
/// (10 and 8 hours, February 2025); D finished a 10-month supported internship on 28 June 2024 and started a 12-hour
/// job at another employer 7 months later; E started a job on 1 July 2026, too recent to count at 26 weeks; F, aged
/// 19, volunteered and did work experience; G, aged 55 and in Stoke-on-Trent, has no placement.
/// </summary>
public sealed class OutcomeWorld : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly string[] Surnames = ["Applewhite", "Brocklehurst", "Cholmondeley", "Dunwoody", "Entwistle", "Fotheringham", "Gillingham"];

    private NpgsqlDataSource? _dataSource;

    public string ConnectionString { get; private set; } = "";
    public int Leicester { get; private set; }
    public int Stoke { get; private set; }

    public EmploymentDbContext NewContext() => new(DbContextOptionsSetup.For(_dataSource!));

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var db = NewContext();
        await AddToAsync(db);
        Leicester = await db.LocalAuthorities.Where(l => l.OnsCode == "E06000016").Select(l => l.Id).SingleAsync();
        Stoke = await db.LocalAuthorities.Where(l => l.OnsCode == "E06000021").Select(l => l.Id).SingleAsync();
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    /// <summary>Adds the world to a database that has reference data (used by the web tests too).</summary>
    public static async Task AddToAsync(EmploymentDbContext db)
    {
        var committed = Employer("Committed Cafe", DisabilityConfidentLevel.Committed, new(2024, 5, 1), new(2027, 5, 1));
        var leader = Employer("Leader Library", DisabilityConfidentLevel.Leader, new(2025, 2, 1), new(2028, 2, 1));
        var lapsed = Employer("Lapsed Laundry", DisabilityConfidentLevel.Employer, new(2022, 1, 1), new(2025, 3, 15));
        var none = Employer("Plain Printers", DisabilityConfidentLevel.None, null, null);
        db.Employers.AddRange(committed, leader, lapsed, none);
        db.Opportunities.Add(Opportunity(leader, OpportunityKind.PaidJob, new(2025, 1, 15)));
        db.Opportunities.Add(Opportunity(leader, OpportunityKind.PaidJob, new(2025, 2, 10)));

        var leicester = await db.LocalAuthorities.SingleAsync(l => l.OnsCode == "E06000016");
        var stoke = await db.LocalAuthorities.SingleAsync(l => l.OnsCode == "E06000021");
        var born = new DateOnly(2000, 1, 1);
        var a = Person(0, leicester.Id, born);
        var b = Person(1, leicester.Id, born);
        var c = Person(2, leicester.Id, born);
        var d = Person(3, leicester.Id, born);
        var e = Person(4, leicester.Id, born);
        var f = Person(5, leicester.Id, new DateOnly(2005, 6, 1));
        var g = Person(6, stoke.Id, new DateOnly(1970, 1, 1));
        db.JobSeekers.AddRange(a, b, c, d, e, f, g);

        Job(db, a, committed, OpportunityKind.PaidJob, new(2025, 1, 10), 20, 12.21m);
        Job(db, b, none, OpportunityKind.PaidJob, new(2025, 1, 6), 16, 12.21m, ended: new(2025, 3, 31));
        Job(db, c, committed, OpportunityKind.PaidJob, new(2025, 2, 1), 10, 12.00m);
        Job(db, c, committed, OpportunityKind.PaidJob, new(2025, 2, 15), 8, 12.00m);
        var internship = Opportunity(lapsed, OpportunityKind.SupportedInternship, new(2023, 6, 1));
        internship.InternshipLengthMonths = 10;
        Job(db, d, internship, new(2023, 9, 1), 25, null, ended: new(2024, 6, 28));
        Job(db, d, committed, OpportunityKind.PaidJob, new(2025, 1, 28), 12, 12.50m);
        Job(db, e, committed, OpportunityKind.PaidJob, new(2026, 7, 1), 20, 12.71m);
        Job(db, f, none, OpportunityKind.Volunteering, new(2025, 2, 10), 6, null);
        Job(db, f, none, OpportunityKind.WorkExperience, new(2025, 3, 1), 10, null, ended: new(2025, 3, 14));
        await db.SaveChangesAsync();
    }

    private static Employer Employer(string name, DisabilityConfidentLevel level, DateOnly? since, DateOnly? until)
    {
        var employer = TestData.Employer();
        employer.Name = name;
        employer.DcLevel = level;
        employer.DcSince = since;
        employer.DcValidUntil = until;
        return employer;
    }

    private static Opportunity Opportunity(Employer employer, OpportunityKind kind, DateOnly postedOn) => new()
    {
        Employer = employer,
        Kind = kind,
        Title = "Helper",
        SocCode = "9263",
        HoursPerWeek = 16,
        Latitude = 52.63,
        Longitude = -1.13,
        PostedOn = postedOn,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    private static JobSeeker Person(int index, int localAuthorityId, DateOnly born) => new()
    {
        FirstName = "Statistic" + (char)('A' + index),
        LastName = Surnames[index],
        DateOfBirth = born,
        LocalAuthorityId = localAuthorityId,
        HoursMin = 5,
        HoursMax = 30,
        TravelMaxMinutes = 30,
        CreatedAt = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero),
    };

    private static void Job(EmploymentDbContext db, JobSeeker person, Employer employer, OpportunityKind kind, DateOnly started, decimal hours, decimal? pay, DateOnly? ended = null) =>
        Job(db, person, Opportunity(employer, kind, new(2024, 1, 1)), started, hours, pay, ended);

    private static void Job(EmploymentDbContext db, JobSeeker person, Opportunity opportunity, DateOnly started, decimal hours, decimal? pay, DateOnly? ended = null)
    {
        var placement = new Placement { JobSeeker = person, Opportunity = opportunity, Stage = ended is null ? PlacementEventType.Started : PlacementEventType.Ended, CreatedAt = DateTimeOffset.UtcNow };
        placement.Events.Add(new PlacementEvent { Type = PlacementEventType.Introduced, OccurredOn = started.AddDays(-30), RecordedAt = DateTimeOffset.UtcNow });
        placement.Events.Add(new PlacementEvent { Type = PlacementEventType.Started, OccurredOn = started, HoursPerWeek = hours, HourlyPay = pay, RecordedAt = DateTimeOffset.UtcNow });
        if (ended is { } end)
        {
            placement.Events.Add(new PlacementEvent { Type = PlacementEventType.Ended, OccurredOn = end, Reason = "Finished", RecordedAt = DateTimeOffset.UtcNow });
        }
        db.Placements.Add(placement);
    }
}
