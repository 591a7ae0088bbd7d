using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Statistics;

namespace Employment.Tests.Statistics;

public sealed class OutcomeMeasuresTests(OutcomeWorld world) : IClassFixture<OutcomeWorld>
{
    private static readonly Period Q1Of2025 = Period.Quarter(2025, 1);
    private static readonly DateOnly Today = OutcomeWorld.Today;

    [Fact]
    public async Task InPaidWork_CountsEachPersonOnceAndBandsTheirHoursTogether()
    {
        await using var db = world.NewContext();
        var figures = (await new OutcomeMeasures(db).InPaidWorkAsync(StatisticsFilter.All, [Q1Of2025], Today)).Single();

        Assert.Equal(7, figures.JobSeekers);
        // A (still going) and C (two jobs, 10 + 8 hours) work 16 or more; D works 12; B's job ended on the last day.
        Assert.Equal(3, figures.InPaidWork);
        Assert.Equal(2, figures.Hours16OrMore);
        Assert.Equal(1, figures.HoursUnder16);
    }

    [Fact]
    public async Task InPaidWork_FollowsTheCouncilAgeAndEmployerFilters()
    {
        await using var db = world.NewContext();
        var measures = new OutcomeMeasures(db);

        var stoke = (await measures.InPaidWorkAsync(new StatisticsFilter(LocalAuthorityId: world.Stoke), [Q1Of2025], Today)).Single();
        Assert.Equal((1, 0), (stoke.JobSeekers, stoke.InPaidWork));
        var young = (await measures.InPaidWorkAsync(new StatisticsFilter(AgeBand: AgeBand.Age16To24), [Q1Of2025], Today)).Single();
        Assert.Equal((1, 0), (young.JobSeekers, young.InPaidWork));
        var twenties = (await measures.InPaidWorkAsync(new StatisticsFilter(AgeBand: AgeBand.Age25To34), [Q1Of2025], Today)).Single();
        Assert.Equal((5, 3), (twenties.JobSeekers, twenties.InPaidWork));
        var unpaidKind = (await measures.InPaidWorkAsync(new StatisticsFilter(Kind: OpportunityKind.Volunteering), [Q1Of2025], Today)).Single();
        Assert.Equal(0, unpaidKind.InPaidWork);
    }

    [Fact]
    public async Task InPaidWork_ByQuarter_FollowsStartsAndEnds()
    {
        await using var db = world.NewContext();
        var quarters = new[] { Period.Quarter(2024, 4), Q1Of2025, Period.Quarter(2026, 3) };

        var figures = await new OutcomeMeasures(db).InPaidWorkAsync(StatisticsFilter.All, quarters, Today);

        Assert.Equal([0, 3, 4], figures.Select(f => f.InPaidWork));
    }

    [Fact]
    public async Task Starts_CountEveryKindInThePeriod()
    {
        await using var db = world.NewContext();
        var starts = await new OutcomeMeasures(db).StartsAsync(StatisticsFilter.All, [Q1Of2025], Today);

        Assert.Equal(5, starts.Single(s => s.Kind == OpportunityKind.PaidJob).Starts);
        Assert.Equal(1, starts.Single(s => s.Kind == OpportunityKind.Volunteering).Starts);
        Assert.Equal(1, starts.Single(s => s.Kind == OpportunityKind.WorkExperience).Starts);
        Assert.Equal(0, starts.Single(s => s.Kind == OpportunityKind.SupportedInternship).Starts);

        var committedOnly = await new OutcomeMeasures(db).StartsAsync(new StatisticsFilter(DcLevel: DisabilityConfidentLevel.Committed), [Q1Of2025], Today);
        Assert.Equal(4, committedOnly.Single(s => s.Kind == OpportunityKind.PaidJob).Starts);
    }

    [Fact]
    public async Task Sustained_AJobEndingAtWeek12IsNotSustainedAt13()
    {
        await using var db = world.NewContext();
        var figures = await new OutcomeMeasures(db).SustainedAsync(StatisticsFilter.All, [Q1Of2025], Today);

        Assert.All(figures, f => Assert.Equal((5, 4), (f.Counted, f.Sustained)));
        Assert.Equal([13, 26, 52], figures.Select(f => f.Weeks));
    }

    [Fact]
    public async Task Sustained_ARecentStartIsCountedAt13WeeksButNotYetAt26()
    {
        await using var db = world.NewContext();
        var figures = await new OutcomeMeasures(db).SustainedAsync(StatisticsFilter.All, [Period.Quarter(2026, 3)], Today);

        Assert.Equal((1, 1), (figures.Single(f => f.Weeks == 13).Counted, figures.Single(f => f.Weeks == 13).Sustained));
        Assert.Equal(0, figures.Single(f => f.Weeks == 26).Counted);
        Assert.Equal(0, figures.Single(f => f.Weeks == 52).Counted);
    }

    [Fact]
    public async Task JobOutcomes_NeedSixteenHoursForTwentySixWeeksAtTheLivingWageOfTheTime()
    {
        await using var db = world.NewContext();
        var measures = new OutcomeMeasures(db);

        var q1 = (await measures.JobOutcomesAsync(StatisticsFilter.All, [Q1Of2025], Today)).Single();
        // Only A earns enough (20 h × £12.21 × 26 ≥ 16 h × 26 × £11.44); B ended at week 12; C's two jobs and D's are too short in hours.
        Assert.Equal((5, 1), (q1.Counted, q1.Outcomes));

        var recent = (await measures.JobOutcomesAsync(StatisticsFilter.All, [Period.Quarter(2026, 3)], Today)).Single();
        Assert.Equal((0, 0), (recent.Counted, recent.Outcomes));
    }

    [Fact]
    public async Task Internships_AJobAtAnotherEmployerSevenMonthsLaterConvertsWithinTwelveMonthsButNotSix()
    {
        await using var db = world.NewContext();
        var figures = (await new OutcomeMeasures(db).InternshipsAsync(StatisticsFilter.All, [Period.Quarter(2024, 2)], Today)).Single();

        Assert.Equal(new InternshipFigures(Period.Quarter(2024, 2), Finished: 1, Completed: 1, CountedAt6Months: 1, ConvertedIn6Months: 0, CountedAt12Months: 1, ConvertedIn12Months: 1), figures);
    }

    [Fact]
    public async Task Internships_NotCountedForConversionBeforeTheMonthsHavePassed()
    {
        await using var db = world.NewContext();
        var earlyView = (await new OutcomeMeasures(db).InternshipsAsync(StatisticsFilter.All, [Period.Quarter(2024, 2)], new DateOnly(2025, 2, 1))).Single();

        Assert.Equal((1, 0, 0), (earlyView.CountedAt6Months, earlyView.ConvertedIn6Months, earlyView.CountedAt12Months));
    }

    [Fact]
    public async Task TimeToFirstJob_IsTheMedianOfDaysFromJoining()
    {
        await using var db = world.NewContext();
        var figures = (await new OutcomeMeasures(db).TimeToFirstJobAsync(StatisticsFilter.All, [Q1Of2025], Today)).Single();

        // A 375, B 371, C 397 (first of two jobs), D 393 days after joining on 1 January 2024.
        Assert.Equal(4, figures.People);
        Assert.Equal(384, figures.MedianDays);
    }

    [Fact]
    public async Task DisabilityConfident_MembersNewAndLapsedByLevel()
    {
        await using var db = world.NewContext();
        var figures = await new EmployerMeasures(db).DisabilityConfidentAsync(StatisticsFilter.All, [Q1Of2025], Today);

        Assert.Equal((1, 0, 0), Row(DisabilityConfidentLevel.Committed));
        Assert.Equal((0, 0, 1), Row(DisabilityConfidentLevel.Employer));
        Assert.Equal((1, 1, 0), Row(DisabilityConfidentLevel.Leader));

        (int, int, int) Row(DisabilityConfidentLevel level) =>
            figures.Where(f => f.Level == level).Select(f => (f.MembersAtEnd, f.New, f.Lapsed)).Single();
    }

    [Fact]
    public async Task Posted_UsesTheLevelOnTheDayOfPosting()
    {
        await using var db = world.NewContext();
        var figures = await new EmployerMeasures(db).PostedByLevelAsync(StatisticsFilter.All, [Q1Of2025], Today);

        Assert.Equal(1, figures.Single(f => f.Level == DisabilityConfidentLevel.None).Posted);
        Assert.Equal(1, figures.Single(f => f.Level == DisabilityConfidentLevel.Leader).Posted);
        Assert.Equal(0, figures.Single(f => f.Level == DisabilityConfidentLevel.Committed).Posted);
    }
}
