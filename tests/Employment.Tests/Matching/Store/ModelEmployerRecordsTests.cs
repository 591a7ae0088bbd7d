using Employment.Core.Data;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Matching;
using Employment.Matching.Features;
using Employment.Matching.Input;
using Employment.Matching.Ranking;
using Employment.Matching.Scoring;
using Employment.Matching.Store;
using Employment.Matching.Training;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Matching.Store;

/// <summary>A model carries the employers' records of the data it was trained on, and the pages rank with them (decision 0085).</summary>
[Collection("Database")]
public sealed class ModelEmployerRecordsTests
{
    private static readonly DateOnly Day = new(2026, 2, 2);

    [Fact]
    public async Task EachEmployersRecord_IsReadUnderTheIdThePagesGiveIt_FromItsPlacementsOnly()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Context();
        var (good, poor) = await TwoEmployersAsync(db);

        var (_, employers) = await DatabaseTrainingSet.LoadWithEmployersAsync(db, SocHierarchy.FromReference());

        var goodRecord = employers.Of(good.Employer!.ToFacts().Id);
        var poorRecord = employers.Of(poor.Employer!.ToFacts().Id);
        Assert.Equal("GOOD", good.Employer!.ToFacts().Id);
        Assert.Equal((4, 3), (goodRecord.Proposals, goodRecord.Started));
        Assert.Equal((6, 0), (poorRecord.Proposals, poorRecord.Started));
        Assert.Equal(3f / 10, goodRecord.PriorStarted, 5);
        Assert.True(goodRecord.StartsMoreThanMost);
        Assert.False(poorRecord.StartsMoreThanMost);
        Assert.Equal(0, employers.Of(Guid.NewGuid().ToString("N")).Proposals);
    }

    [Fact]
    public async Task ThePagesRankWithTheCurrentModelsRecords_AndSayAPoorOne_ButHoldNoneWhileTheRuleScorerRanks()
    {
        await using var database = await TestDatabase.CreateAsync();
        Opportunity poor;
        EmployerRecords employers;
        await using (var db = database.Context())
        {
            (_, poor) = await TwoEmployersAsync(db);
            (_, employers) = await DatabaseTrainingSet.LoadWithEmployersAsync(db, SocHierarchy.FromReference());
        }
        var before = new MatchRanker(database.Context, TestClock.At(TestClock.Start));
        var (recordsWhileRuleRanks, _) = await before.BuildAndScoreAsync(records => records, _ => []);
        Assert.Same(EmployerRecords.None, recordsWhileRuleRanks);

        var trained = RankerTrainer.Train(JourneyDecides.Pairs(people: 80, pairsEach: 8, seed: 7), JourneyDecides.Small with { Trees = 20 });
        await using (var db = database.Context())
        {
            Assert.True((await new RankerModelStore(db).StoreAsync(trained.Model.WithEmployers(employers), trained.HeldOut)).Promoted);
        }
        var ranker = new MatchRanker(database.Context, TestClock.At(TestClock.Start));
        await using (var db = database.Context())
        {
            var service = new MatchingService(db, ranker, TestClock.At(TestClock.Start));
            var seeker = await TestData.On(db).CreateJobSeekerAsync();
            var opportunity = await db.Opportunities.Include(o => o.Employer).SingleAsync(o => o.Id == poor.Id);

            var ranked = await service.RankAsync([(seeker, opportunity)], CancellationToken.None);

            Assert.StartsWith("Ranked by model v1", ranked.RankedBy, StringComparison.Ordinal);
            Assert.Contains("None of the 6 people proposed to this employer before started work", ranked.Suggestions.Single().Explanation.Blockers);
        }
    }

    [Fact]
    public async Task AModelPromotedWhileAPageBuildsItsFeatures_DoesNotScoreThem_TheScorerWhoseRecordsBuiltThemDoes()
    {
        await using var database = await TestDatabase.CreateAsync();
        EmployerRecords employers;
        await using (var db = database.Context())
        {
            await TwoEmployersAsync(db);
            (_, employers) = await DatabaseTrainingSet.LoadWithEmployersAsync(db, SocHierarchy.FromReference());
        }
        var trained = RankerTrainer.Train(JourneyDecides.Pairs(people: 80, pairsEach: 8, seed: 7), JourneyDecides.Small with { Trees = 20 });
        var probes = JourneyDecides.Pairs(people: 5, pairsEach: 4, seed: 3).Select(p => p.Features).ToList();
        var clock = TestClock.At(TestClock.Start);
        var ranker = new MatchRanker(database.Context, clock);

        var (recordsUsed, scored) = await ranker.BuildAndScoreAsync(records =>
        {
            // The nightly retrain promotes a model while this page builds, and the ranker's next check falls due.
            Task.Run(async () =>
            {
                await using var db = database.Context();
                Assert.True((await new RankerModelStore(db).StoreAsync(trained.Model.WithEmployers(employers), trained.HeldOut)).Promoted);
            }).GetAwaiter().GetResult();
            clock.Advance(MatchRanker.CheckEvery * 2);
            return records;
        }, _ => probes);

        Assert.Same(EmployerRecords.None, recordsUsed);
        Assert.Equal(MatchRanker.NoModelYet, scored.RankedBy);
        Assert.Equal(new RuleScorer().Score(probes), scored.Scores);
        var (recordsNext, scoredNext) = await ranker.BuildAndScoreAsync(records => records, _ => probes);
        Assert.Equal("model v1", scoredNext.RankedBy);
        Assert.Equal(4, recordsNext.Of("GOOD").Proposals);
    }

    /// <summary>One employer 3 of whose 4 people started, another none of whose 6 did.</summary>
    private static async Task<(Opportunity Good, Opportunity Poor)> TwoEmployersAsync(EmploymentDbContext db)
    {
        var data = TestData.On(db);
        var good = await data.CreateOpportunityAsync(o => o.Plain().ForNewEmployer(e => e.With(employer => employer.SourceId = "GOOD")));
        var poor = await data.CreateOpportunityAsync(o => o.Plain());
        for (var i = 0; i < 4; i++)
        {
            await data.CreatePlacementAsync(p => p.At(good.Id).IntroducedOn(Day.AddDays(i)).Then(i < 3 ? PlacementEventType.Started : PlacementEventType.Rejected, Day.AddDays(i + 14)));
        }
        for (var i = 0; i < 6; i++)
        {
            await data.CreatePlacementAsync(p => p.At(poor.Id).IntroducedOn(Day.AddDays(i)).Then(PlacementEventType.Rejected, Day.AddDays(i + 14)));
        }
        return (await db.Opportunities.Include(o => o.Employer).SingleAsync(o => o.Id == good.Id),
            await db.Opportunities.Include(o => o.Employer).SingleAsync(o => o.Id == poor.Id));
    }
}
