using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Statistics;

namespace Employment.Tests.Statistics;

public sealed class OutcomeMeasuresTests(OutcomeWorld world) : IClassFixture<OutcomeWorld>
{
    private static readonly Period Q1Of2025 = Period.Quarter(2025, 1);
    private static readonly DateOnly Today = OutcomeWorld.Today;

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task InPaidWork_CountsEachPersonOnceAndBandsTheirHoursTogether(Source source)
    {
        await using var db = world.NewContext();
        var figures = (await (await MeasuresAsync(db, source, Today)).InPaidWorkAsync(StatisticsFilter.All, [Q1Of2025], Today)).Single();

        Assert.Equal(7, figures.JobSeekers);
        // A (still going) and C (two jobs, 10 + 8 hours) work 16 or more; D works 12; B's job ended on the last day.
        Assert.Equal(3, figures.InPaidWork);
        Assert.Equal(2, figures.Hours16OrMore);
        Assert.Equal(1, figures.HoursUnder16);
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task InPaidWork_FollowsTheCouncilAgeAndEmployerFilters(Source source)
    {
        await using var db = world.NewContext();
        var measures = await MeasuresAsync(db, source, Today);

        var stoke = (await measures.InPaidWorkAsync(new StatisticsFilter(LocalAuthorityId: world.Stoke), [Q1Of2025], Today)).Single();
        Assert.Equal((1, 0), (stoke.JobSeekers, stoke.InPaidWork));
        var young = (await measures.InPaidWorkAsync(new StatisticsFilter(AgeBand: AgeBand.Age16To24), [Q1Of2025], Today)).Single();
        Assert.Equal((1, 0), (young.JobSeekers, young.InPaidWork));
        var twenties = (await measures.InPaidWorkAsync(new StatisticsFilter(AgeBand: AgeBand.Age25To34), [Q1Of2025], Today)).Single();
        Assert.Equal((5, 3), (twenties.JobSeekers, twenties.InPaidWork));
        var unpaidKind = (await measures.InPaidWorkAsync(new StatisticsFilter(Kind: OpportunityKind.Volunteering), [Q1Of2025], Today)).Single();
        Assert.Equal(0, unpaidKind.InPaidWork);
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task InPaidWork_ByQuarter_FollowsStartsAndEnds(Source source)
    {
        await using var db = world.NewContext();
        var quarters = new[] { Period.Quarter(2024, 4), Q1Of2025, Period.Quarter(2026, 3) };

        var figures = await (await MeasuresAsync(db, source, Today)).InPaidWorkAsync(StatisticsFilter.All, quarters, Today);

        Assert.Equal([0, 3, 4], figures.Select(f => f.InPaidWork));
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task Starts_CountEveryKindInThePeriod(Source source)
    {
        await using var db = world.NewContext();
        var starts = await (await MeasuresAsync(db, source, Today)).StartsAsync(StatisticsFilter.All, [Q1Of2025], Today);

        Assert.Equal(5, starts.Single(s => s.Kind == OpportunityKind.PaidJob).Starts);
        Assert.Equal(1, starts.Single(s => s.Kind == OpportunityKind.Volunteering).Starts);
        Assert.Equal(1, starts.Single(s => s.Kind == OpportunityKind.WorkExperience).Starts);
        Assert.Equal(0, starts.Single(s => s.Kind == OpportunityKind.SupportedInternship).Starts);

        var committedOnly = await (await MeasuresAsync(db, source, Today)).StartsAsync(new StatisticsFilter(DcLevel: DisabilityConfidentLevel.Committed), [Q1Of2025], Today);
        Assert.Equal(4, committedOnly.Single(s => s.Kind == OpportunityKind.PaidJob).Starts);
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task Sustained_AJobEndingAtWeek12IsNotSustainedAt13(Source source)
    {
        await using var db = world.NewContext();
        var figures = await (await MeasuresAsync(db, source, Today)).SustainedAsync(StatisticsFilter.All, [Q1Of2025], Today);

        Assert.All(figures, f => Assert.Equal((5, 4), (f.Counted, f.Sustained)));
        Assert.Equal([13, 26, 52], figures.Select(f => f.Weeks));
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task Sustained_ARecentStartIsCountedAt13WeeksButNotYetAt26(Source source)
    {
        await using var db = world.NewContext();
        var figures = await (await MeasuresAsync(db, source, Today)).SustainedAsync(StatisticsFilter.All, [Period.Quarter(2026, 3)], Today);

        Assert.Equal((1, 1), (figures.Single(f => f.Weeks == 13).Counted, figures.Single(f => f.Weeks == 13).Sustained));
        Assert.Equal(0, figures.Single(f => f.Weeks == 26).Counted);
        Assert.Equal(0, figures.Single(f => f.Weeks == 52).Counted);
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task JobOutcomes_NeedSixteenHoursForTwentySixWeeksAtTheLivingWageOfTheTime(Source source)
    {
        await using var db = world.NewContext();
        var measures = await MeasuresAsync(db, source, Today);

        var q1 = (await measures.JobOutcomesAsync(StatisticsFilter.All, [Q1Of2025], Today)).Single();
        // Only A earns enough (20 h × £12.21 × 26 ≥ 16 h × 26 × £11.44); B ended at week 12; C's two jobs and D's are too short in hours.
        Assert.Equal((5, 1), (q1.Counted, q1.Outcomes));

        var recent = (await measures.JobOutcomesAsync(StatisticsFilter.All, [Period.Quarter(2026, 3)], Today)).Single();
        Assert.Equal((0, 0), (recent.Counted, recent.Outcomes));
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task Internships_AJobAtAnotherEmployerSevenMonthsLaterConvertsWithinTwelveMonthsButNotSix(Source source)
    {
        await using var db = world.NewContext();
        var figures = (await (await MeasuresAsync(db, source, Today)).InternshipsAsync(StatisticsFilter.All, [Period.Quarter(2024, 2)], Today)).Single();

        Assert.Equal(new InternshipFigures(Period.Quarter(2024, 2), Finished: 1, Completed: 1, CountedAt6Months: 1, ConvertedIn6Months: 0, CountedAt12Months: 1, ConvertedIn12Months: 1), figures);
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task Internships_NotCountedForConversionBeforeTheMonthsHavePassed(Source source)
    {
        await using var db = world.NewContext();
        var earlyView = (await (await MeasuresAsync(db, source, new DateOnly(2025, 2, 1))).InternshipsAsync(StatisticsFilter.All, [Period.Quarter(2024, 2)], new DateOnly(2025, 2, 1))).Single();

        Assert.Equal((1, 0, 0), (earlyView.CountedAt6Months, earlyView.ConvertedIn6Months, earlyView.CountedAt12Months));
    }

    [Theory]
    [InlineData(Source.Live)]
    [InlineData(Source.Snapshot)]
    public async Task TimeToFirstJob_IsTheMedianOfDaysFromJoining(Source source)
    {
        await using var db = world.NewContext();
        var figures = (await (await MeasuresAsync(db, source, Today)).TimeToFirstJobAsync(StatisticsFilter.All, [Q1Of2025], Today)).Single();

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

    public enum Source
    {
        Live,
        Snapshot,
    }

    /// <summary>Every measure is asked both ways: worked out from the spells now, and read from a snapshot built for that day.</summary>
    private static async Task<IOutcomeMeasures> MeasuresAsync(Employment.Core.Data.EmploymentDbContext db, Source source, DateOnly today) =>
        source == Source.Live ? new OutcomeMeasures(db) : new SnapshotMeasures(db, await new StatisticsSnapshotBuilder(db, TimeProvider.System).BuildAsync(today));
}
