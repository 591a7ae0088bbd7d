using System.Text.Json;
using Employment.Core.Matching;
using Employment.Matching.Ranking;
using Employment.Matching.Features;
using Employment.Matching.Scoring;
using Employment.Matching.Store;
using Employment.Matching.Training;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Matching.Store;

[Collection("Database")]
public sealed class MatchRankerTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
    private static readonly List<MatchFeatures> Probes = JourneyDecides.Pairs(people: 20, pairsEach: 10, seed: 11).Select(p => p.Features).ToList();

    /// <summary>The probes scored by whatever ranks now; they carry no employer's record, so the records offered are not used.</summary>
    private static async Task<RankedScores> ScoreProbesAsync(MatchRanker ranker) => (await ranker.BuildAndScoreAsync(_ => Probes, probes => probes)).Scores;

    [Fact]
    public async Task WithNoModel_TheRuleScorerRanks_AndSaysSo()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ranker = new MatchRanker(database.Context, TestClock.At(TestClock.Start));

        var ranked = await ScoreProbesAsync(ranker);

        Assert.Equal(MatchRanker.NoModelYet, ranked.RankedBy);
        Assert.Null(ranked.ModelVersion);
        Assert.Equal(new RuleScorer().Score(Probes), ranked.Scores);
    }

    [Fact]
    public async Task AModelThatDidNotBeatTheRuleScorer_LeavesTheRuleScorerInCharge_AndSaysWhy()
    {
        await using var database = await TestDatabase.CreateAsync();
        var noise = RankerTrainer.Train(JourneyDecides.Pairs(people: 60, pairsEach: 6, seed: 4, randomGrades: true), JourneyDecides.Small with { Trees = 20 });
        // Held-out people whose outcomes follow the rule scorer's own order: no model can beat a perfect NDCG.
        var heldOut = JourneyDecides.Pairs(people: 30, pairsEach: 5, seed: 5, prefix: "H")
            .GroupBy(p => p.Pair.CandidateId)
            .SelectMany(g => g.OrderBy(p => RuleScorer.ScoreOne(p.Features)).Select((p, i) => p with { Pair = p.Pair with { Grade = i } }))
            .ToList();
        await using (var db = database.Context())
        {
            var stored = await new RankerModelStore(db).StoreAsync(noise.Model, heldOut);
            Assert.False(stored.Promoted);
            Assert.Equal(1.0, stored.Rule.NdcgAt10, 6);
        }
        var ranker = new MatchRanker(database.Context, TestClock.At(TestClock.Start));

        var ranked = await ScoreProbesAsync(ranker);

        Assert.Equal(MatchRanker.ModelDidNotBeatIt, ranked.RankedBy);
        Assert.Equal(new RuleScorer().Score(Probes), ranked.Scores);
    }

    [Fact]
    public async Task AStoredModelFromAnOlderFeatureSet_LeavesTheRuleScorerInCharge_UntilARetrainReplacesIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var trained = RankerTrainer.Train(JourneyDecides.Pairs(people: 80, pairsEach: 8, seed: 7), JourneyDecides.Small with { Trees = 20 });
        var older = trained.Model.Info with { FeatureVersion = MatchFeatures.Version - 1, FeatureNames = MatchFeatures.Names.SkipLast(1).ToList() };
        await using (var db = database.Context())
        {
            db.RankerModels.Add(new RankerModel
            {
                TrainedAt = older.TrainedAt, Trainer = older.Trainer, IsCurrent = true,
                Model = trained.Model.ToBytes(), Metadata = JsonSerializer.Serialize(older, WebJson),
            });
            await db.SaveChangesAsync();
        }
        var time = TestClock.At(TestClock.Start);
        var ranker = new MatchRanker(database.Context, time);

        var ranked = await ScoreProbesAsync(ranker);

        Assert.Equal(MatchRanker.ModelOutOfDate, ranked.RankedBy);
        Assert.Null(ranked.ModelVersion);
        Assert.Equal(new RuleScorer().Score(Probes), ranked.Scores);

        await using (var db = database.Context())
        {
            var stored = await new RankerModelStore(db).StoreAsync(trained.Model, trained.HeldOut);
            Assert.True(stored.Promoted, stored.Reason);
            Assert.Null(stored.PreviousVersion);
        }
        time.Advance(MatchRanker.CheckEvery);
        var after = await ScoreProbesAsync(ranker);
        Assert.Equal("model v2", after.RankedBy);
        Assert.Equal(trained.Model.Score(Probes), after.Scores);
    }

    [Fact]
    public async Task ANewlyPromotedModel_IsPickedUpWithinAMinute()
    {
        await using var database = await TestDatabase.CreateAsync();
        var time = TestClock.At(TestClock.Start);
        var ranker = new MatchRanker(database.Context, time);
        Assert.Equal(MatchRanker.NoModelYet, await ranker.RankedByAsync());

        var trained = await PromoteAsync(database);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(MatchRanker.NoModelYet, await ranker.RankedByAsync());
        time.Advance(TimeSpan.FromSeconds(31));

        var ranked = await ScoreProbesAsync(ranker);
        Assert.Equal("model v1", ranked.RankedBy);
        Assert.Equal(1, ranked.ModelVersion);
        Assert.Equal(trained.Score(Probes), ranked.Scores);
    }

    [Fact]
    public async Task ManyRequestsAtOnce_GetIdenticalScores()
    {
        await using var database = await TestDatabase.CreateAsync();
        var trained = await PromoteAsync(database);
        var expected = trained.Score(Probes);
        var ranker = new MatchRanker(database.Context, TestClock.At(TestClock.Start));

        var results = await Task.WhenAll(Enumerable.Range(0, 48).Select(_ => Task.Run(() => ScoreProbesAsync(ranker))));

        Assert.All(results, r =>
        {
            Assert.Equal("model v1", r.RankedBy);
            Assert.Equal(expected, r.Scores);
        });
    }

    private static async Task<TrainedModel> PromoteAsync(TestDatabase database)
    {
        var trained = RankerTrainer.Train(JourneyDecides.Pairs(people: 80, pairsEach: 8, seed: 7), JourneyDecides.Small with { Trees = 20 });
        await using var db = database.Context();
        var stored = await new RankerModelStore(db).StoreAsync(trained.Model, trained.HeldOut);
        Assert.True(stored.Promoted, stored.Reason);
        return trained.Model;
    }
}
