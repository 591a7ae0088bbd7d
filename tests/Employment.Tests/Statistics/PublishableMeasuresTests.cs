using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Core.Statistics;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Statistics;

/// <summary>
/// A hand-built world with known answers for the measures issue "outcome statistics a council can publish" changed
/// (decisions 0059 to 0062). Every answer is checked live and from a snapshot, which must agree. Today is 23 November 2026;
/// the day asked about is 31 March 2026 (the end of 2025–26 Q4 and of the financial year 2025–26).
/// </summary>
public sealed class PublishableMeasuresTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly Day = new(2026, 3, 31);
    private static readonly Period Quarter = Period.Quarter(2026, 1);
    private static readonly Period Year = Period.FinancialYear(2025);
    private static readonly Period LastYear = Period.FinancialYear(2024);

    private readonly TestDatabase _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var data = _database.TestData;
        var plain = await data.CreateEmployerAsync(e => e.Named("Plain Printers").DisabilityConfident(DisabilityConfidentLevel.None, null, null));

        // Disability Confident: a membership ending on 31 March 2026 (lapsed in the quarter, not a member after it); a level
        // that began in February 2026 (new); a Leader since 2024 who joined the platform only now (not new).
        await data.CreateEmployerAsync(e => e.Named("Ending Eatery").DisabilityConfident(DisabilityConfidentLevel.Committed, new(2023, 4, 1), new(2026, 3, 31)));
        await data.CreateEmployerAsync(e => e.Named("New Nursery").DisabilityConfident(DisabilityConfidentLevel.Employer, new(2026, 2, 1), new(2029, 2, 1)));
        await data.CreateEmployerAsync(e => e.Named("Long Library").DisabilityConfident(DisabilityConfidentLevel.Leader, new(2024, 1, 1), new(2027, 1, 1)));

        var longAgo = new DateOnly(2020, 1, 1);
        var thirty = new DateOnly(1995, 6, 1);
        // P1: joined long ago, nothing since: not active.
        await Person(1, longAgo, thirty);
        // P2: introduced to a job in June 2025: active, not in work.
        var p2 = await Person(2, longAgo, thirty);
        var introducedTo = await Opportunity(plain, OpportunityKind.PaidJob);
        await data.CreatePlacementAsync(p => p.For(p2.Id).At(introducedTo.Id).IntroducedOn(new(2025, 6, 1)));
        // P3: joined October 2025: active.
        await Person(3, new(2025, 10, 1), thirty);
        // P4: long-term support, 30, in a paid job since 2023 (nothing recorded for three years): active, in work, in 1E both sides.
        var p4 = await Person(4, longAgo, thirty, longTermSupport: true);
        await Job(p4, plain, OpportunityKind.PaidJob, new(2023, 1, 10), 20, 12m);
        // P5: long-term support but 70: in work, outside 1E.
        var p5 = await Person(5, longAgo, new(1955, 6, 1), longTermSupport: true);
        await Job(p5, plain, OpportunityKind.PaidJob, new(2025, 6, 1), 10, 12.21m);
        // P6: 30, in work, no long-term support: outside 1E.
        var p6 = await Person(6, longAgo, thirty);
        await Job(p6, plain, OpportunityKind.Apprenticeship, new(2025, 6, 1), 30, 7.55m);
        // P7: long-term support, 17: outside 1E, and not active.
        await Person(7, longAgo, new(2008, 6, 1), longTermSupport: true);
        // P8: long-term support, 40, joined May 2025, not in work: in 1E's denominator only.
        await Person(8, new(2025, 5, 1), new(1985, 6, 1), longTermSupport: true);
        // P9: a traineeship from January 2026: active, a start of a traineeship, never paid work.
        var p9 = await Person(9, longAgo, new(2004, 6, 1));
        await Job(p9, plain, OpportunityKind.Traineeship, new(2026, 1, 10), 20, null);
        // P10: a paid supported internship (£13 an hour) from September 2025: an internship, not paid work.
        var p10 = await Person(10, longAgo, new(2004, 6, 1));
        await Job(p10, await Opportunity(plain, OpportunityKind.SupportedInternship, months: 10), new(2025, 9, 1), 25, 13m);
        // P11: left a 12-month internship early (31 January 2025) for a paid job from 3 February 2025: converted.
        var p11 = await Person(11, longAgo, new(2004, 6, 1));
        await Job(p11, await Opportunity(plain, OpportunityKind.SupportedInternship, months: 12), new(2024, 9, 1), 25, null, ended: new(2025, 1, 31));
        await Job(p11, plain, OpportunityKind.PaidJob, new(2025, 2, 3), 16, 12.21m);
        // P12: left a 12-month internship early (15 February 2025) for a traineeship from 1 March: not a conversion, not counted.
        var p12 = await Person(12, longAgo, new(2004, 6, 1));
        await Job(p12, await Opportunity(plain, OpportunityKind.SupportedInternship, months: 12), new(2024, 9, 1), 25, null, ended: new(2025, 2, 15));
        await Job(p12, plain, OpportunityKind.Traineeship, new(2025, 3, 1), 20, null, ended: new(2025, 3, 20));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task PaidWork_IsOverTheActiveCaseload_WithAscof1E()
    {
        foreach (var outcomes in await BothAsync())
        {
            var work = (await outcomes.InPaidWorkAsync(StatisticsFilter.All, [Quarter, Year], Today)).ToDictionary(f => f.Period);
            foreach (var period in new[] { Quarter, Year })
            {
                var f = work[period];
                Assert.Equal(12, f.JobSeekers);
                Assert.Equal(9, f.Active); // P2, P3, P4, P5, P6, P8, P9, P10, P11
                Assert.Equal(4, f.InPaidWork); // P4, P5, P6, P11: not the trainee P9, not the paid intern P10
                Assert.Equal(2, f.AscofPeople); // P4 and P8
                Assert.Equal(1, f.AscofInPaidWork); // P4
            }
        }
    }

    [Fact]
    public async Task Traineeships_AreStartsButNeverPaidJobs()
    {
        foreach (var outcomes in await BothAsync())
        {
            var starts = await outcomes.StartsAsync(StatisticsFilter.All, [Quarter], Today);
            Assert.Equal(1, starts.Single(s => s.Kind == OpportunityKind.Traineeship).Starts);
            Assert.Equal(0, starts.Where(s => s.Kind.IsPaid()).Sum(s => s.Starts));
            var sustained = await outcomes.SustainedAsync(StatisticsFilter.All, [Quarter], Today);
            Assert.All(sustained, s => Assert.Equal(0, s.Counted));
        }
    }

    [Fact]
    public async Task AnInternLeavingEarlyForAPaidJob_IsConverted_AndATraineeshipIsNot()
    {
        foreach (var outcomes in await BothAsync())
        {
            var f = (await outcomes.InternshipsAsync(StatisticsFilter.All, [LastYear], Today)).Single();
            Assert.Equal(2, f.Finished);
            Assert.Equal(0, f.Completed);
            Assert.Equal(1, f.CountedAt6Months); // P11 only: P12 left for a traineeship
            Assert.Equal(1, f.ConvertedIn6Months);
            Assert.Equal(1, f.CountedAt12Months);
            Assert.Equal(1, f.ConvertedIn12Months);
        }
    }

    [Fact]
    public async Task DisabilityConfident_NewIsWhenTheLevelBegan_AndAMembershipEndingOnTheLastDayHasLapsed()
    {
        await using var db = _database.Context();
        var figures = (await new EmployerMeasures(db).DisabilityConfidentAsync(StatisticsFilter.All, [Quarter], Today)).ToDictionary(f => f.Level);

        Assert.Equal((0, 0, 1), (figures[DisabilityConfidentLevel.Committed].MembersAtEnd, figures[DisabilityConfidentLevel.Committed].New, figures[DisabilityConfidentLevel.Committed].Lapsed));
        Assert.Equal((1, 1, 0), (figures[DisabilityConfidentLevel.Employer].MembersAtEnd, figures[DisabilityConfidentLevel.Employer].New, figures[DisabilityConfidentLevel.Employer].Lapsed));
        Assert.Equal((1, 0, 0), (figures[DisabilityConfidentLevel.Leader].MembersAtEnd, figures[DisabilityConfidentLevel.Leader].New, figures[DisabilityConfidentLevel.Leader].Lapsed));
    }

    [Fact]
    public async Task Dashboard_ShowsTheHeadlineOverTheActiveCaseload_1E_AndMemberCountsUnsuppressed()
    {
        await using var db = _database.Context();
        var figures = await new Dashboard(db).BuildAsync(StatisticsFilter.All, Quarter, Today);

        var paid = figures.Tables.Single(t => t.Key == "paid-work").Rows.ToDictionary(r => r.Header, r => r.Cells.Select(c => c.Text).ToArray());
        Assert.Equal("10", paid["Active on the caseload"][0]); // 9, rounded to the nearest 5
        Assert.Equal("fewer than 5", paid["In paid work (any hours)"][0]);
        Assert.Equal("10", paid["Everyone who has ever joined (for reference)"][0]); // 12
        var ascof = figures.Tables.Single(t => t.Key == "ascof-1e").Rows;
        Assert.Equal(["fewer than 5", ""], ascof[0].Cells.Select(c => c.Text));
        var baselines = figures.Tables.Single(t => t.Key == "ascof-baselines").Rows.ToDictionary(r => r.Header, r => r.Cells.Select(c => c.Text).ToArray());
        Assert.Equal(["2019–20", "5.6%"], baselines["England"][..2]);
        var members = figures.Tables.Single(t => t.Key == "disability-confident").Rows.ToDictionary(r => r.Header, r => r.Cells.Select(c => c.Text).ToArray());
        Assert.Equal(["0", "0", "1"], members[DisabilityConfidentLevel.Committed.Label()]);
        Assert.Equal(["1", "1", "0"], members[DisabilityConfidentLevel.Employer.Label()]);
        Assert.Equal("2025–26 Q4 (January to March 2026)", figures.Period.Label);
    }

    /// <summary>The live measures, and the snapshot built today: the same answers are expected of both.</summary>
    private async Task<IReadOnlyList<IOutcomeMeasures>> BothAsync()
    {
        var db = _database.Context();
        var snapshot = await new StatisticsSnapshotBuilder(db, new FixedClock(Today)).BuildAsync(Today);
        return [new OutcomeMeasures(_database.Context()), new SnapshotMeasures(db, snapshot)];
    }

    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
    }

    private Task<JobSeeker> Person(int index, DateOnly joined, DateOnly born, bool longTermSupport = false)
    {
        var at = new DateTimeOffset(joined.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        return _database.TestData.CreateJobSeekerAsync(p => p.Plain().Named("Measure" + (char)('A' + index), "Person").BornOn(born).InCouncil("E06000016")
            .With(x => (x.HoursMin, x.HoursMax, x.TravelMaxMinutes, x.CreatedAt, x.UpdatedAt, x.LongTermSupportForLearningDisability) = (5, 30, 30, at, at, longTermSupport)));
    }

    private Task<Opportunity> Opportunity(Employer employer, OpportunityKind kind, int? months = null) =>
        _database.TestData.CreateOpportunityAsync(o => o.Plain().ForEmployer(employer.Id).Titled("Helper").OfKind(kind).Hours(16).Paying(null, null)
            .At(52.63, -1.13).PostedOn(new(2022, 1, 1)).LastingMonths(months));

    private async Task Job(JobSeeker person, Employer employer, OpportunityKind kind, DateOnly started, decimal hours, decimal? pay, DateOnly? ended = null) =>
        await Job(person, await Opportunity(employer, kind), started, hours, pay, ended);

    private Task<Placement> Job(JobSeeker person, Opportunity opportunity, DateOnly started, decimal hours, decimal? pay, DateOnly? ended = null) =>
        _database.TestData.CreatePlacementAsync(p =>
        {
            p.For(person.Id).At(opportunity.Id).IntroducedOn(started.AddDays(-30)).Then(PlacementEventType.Started, started, hours, pay);
            if (ended is { } end)
            {
                p.Then(PlacementEventType.Ended, end, reason: "Finished");
            }
        });
}
