using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

    private readonly TestDatabase _database = new();

    public string ConnectionString => _database.ConnectionString;
    public int Leicester { get; private set; }
    public int Stoke { get; private set; }

    public EmploymentDbContext NewContext() => _database.Context();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = NewContext();
        await AddToAsync(db);
        Leicester = await db.LocalAuthorities.Where(l => l.OnsCode == "E06000016").Select(l => l.Id).SingleAsync();
        Stoke = await db.LocalAuthorities.Where(l => l.OnsCode == "E06000021").Select(l => l.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>Adds the world to a database that has reference data (used by the web tests too).</summary>
    public static async Task AddToAsync(EmploymentDbContext db)
    {
        var data = TestData.On(db);
        var committed = await Employer(data, "Committed Cafe", DisabilityConfidentLevel.Committed, new(2024, 5, 1), new(2027, 5, 1));
        var leader = await Employer(data, "Leader Library", DisabilityConfidentLevel.Leader, new(2025, 2, 1), new(2028, 2, 1));
        var lapsed = await Employer(data, "Lapsed Laundry", DisabilityConfidentLevel.Employer, new(2022, 1, 1), new(2025, 3, 15));
        var none = await Employer(data, "Plain Printers", DisabilityConfidentLevel.None, null, null);
        await Opportunity(data, leader, OpportunityKind.PaidJob, new(2025, 1, 15));
        await Opportunity(data, leader, OpportunityKind.PaidJob, new(2025, 2, 10));

        var born = new DateOnly(2000, 1, 1);
        var a = await Person(data, 0, LeicesterCode, born);
        var b = await Person(data, 1, LeicesterCode, born);
        var c = await Person(data, 2, LeicesterCode, born);
        var d = await Person(data, 3, LeicesterCode, born);
        var e = await Person(data, 4, LeicesterCode, born);
        var f = await Person(data, 5, LeicesterCode, new DateOnly(2005, 6, 1));
        var g = await Person(data, 6, StokeCode, new DateOnly(1970, 1, 1));

        await Job(data, a, committed, OpportunityKind.PaidJob, new(2025, 1, 10), 20, 12.21m);
        await Job(data, b, none, OpportunityKind.PaidJob, new(2025, 1, 6), 16, 12.21m, ended: new(2025, 3, 31));
        await Job(data, c, committed, OpportunityKind.PaidJob, new(2025, 2, 1), 10, 12.00m);
        await Job(data, c, committed, OpportunityKind.PaidJob, new(2025, 2, 15), 8, 12.00m);
        var internship = await Opportunity(data, lapsed, OpportunityKind.SupportedInternship, new(2023, 6, 1), internshipMonths: 10);
        await Job(data, d, internship, new(2023, 9, 1), 25, null, ended: new(2024, 6, 28));
        await Job(data, d, committed, OpportunityKind.PaidJob, new(2025, 1, 28), 12, 12.50m);
        await Job(data, e, committed, OpportunityKind.PaidJob, new(2026, 7, 1), 20, 12.71m);
        await Job(data, f, none, OpportunityKind.Volunteering, new(2025, 2, 10), 6, null);
        await Job(data, f, none, OpportunityKind.WorkExperience, new(2025, 3, 1), 10, null, ended: new(2025, 3, 14));
    }

    private const string LeicesterCode = "E06000016";
    private const string StokeCode = "E06000021";

    private static Task<Employer> Employer(TestData data, string name, DisabilityConfidentLevel level, DateOnly? since, DateOnly? until) =>
        data.CreateEmployerAsync(e => e.Named(name).DisabilityConfident(level, since, until));

    private static Task<Opportunity> Opportunity(TestData data, Employer employer, OpportunityKind kind, DateOnly postedOn, int? internshipMonths = null) =>
        data.CreateOpportunityAsync(o => o.Plain().ForEmployer(employer.Id).Titled("Helper").OfKind(kind).Hours(16).Paying(null, null)
            .At(52.63, -1.13).PostedOn(postedOn).LastingMonths(internshipMonths));

    private static Task<JobSeeker> Person(TestData data, int index, string council, DateOnly born)
    {
        var joined = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);
        return data.CreateJobSeekerAsync(p => p.Plain().Named("Statistic" + (char)('A' + index), Surnames[index]).BornOn(born).InCouncil(council)
            .With(x => (x.HoursMin, x.HoursMax, x.TravelMaxMinutes, x.CreatedAt, x.UpdatedAt) = (5, 30, 30, joined, joined)));
    }

    private static async Task Job(TestData data, JobSeeker person, Employer employer, OpportunityKind kind, DateOnly started, decimal hours, decimal? pay, DateOnly? ended = null) =>
        await Job(data, person, await Opportunity(data, employer, kind, new(2024, 1, 1)), started, hours, pay, ended);

    private static Task<Placement> Job(TestData data, JobSeeker person, Opportunity opportunity, DateOnly started, decimal hours, decimal? pay, DateOnly? ended = null) =>
        data.CreatePlacementAsync(p =>
        {
            p.For(person.Id).At(opportunity.Id).IntroducedOn(started.AddDays(-30)).Then(PlacementEventType.Started, started, hours, pay);
            if (ended is { } end)
            {
                p.Then(PlacementEventType.Ended, end, reason: "Finished");
            }
        });
}
