using Employment.Core.Opportunities;
using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Input;
using Employment.Matching.Labels;
using Employment.Matching.Scoring;
using Employment.Matching.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Employment.Tests.Matching;

/// <summary>
/// The faster batch paths (features without LINQ, big batches scored in parallel parts, PairScorer building features
/// on every core) give exactly the scores and features of the plain one-pass way they replaced.
/// </summary>
public sealed class BatchScoringIdentityTests
{
    private static readonly string[] Words = ["washing_up", "teamwork", "food_preparation", "quiet_workspace", "job_coach_on_site", "lifting", "till"];
    private static readonly string[] Socs = ["9263", "9241", "5434", "9260", "9111", "7111", "4159", "6145"];

    [Fact]
    public void BigBatch_ScoresAsOnePassThroughTransformDid()
    {
        var model = SmallModel();
        var features = RandomPairs(new Random(11), TrainedModel.ParallelThroughTransformFrom * 2 + 123)
            .Select(p => FeatureBuilder.Build(p.Profile, p.Opportunity, MatchExamples.Cafe, MatchExamples.Today, SocHierarchy.FromReference()))
            .ToList();

        var scores = model.Score(features);

        Assert.Equal(OnePass(model, features), scores);
    }

    [Theory]
    [InlineData(RankerTrainer.LightGbm, 6, true)]
    [InlineData(RankerTrainer.FastTree, 6, true)]
    [InlineData(RankerTrainer.LightGbmGrades, 6, true)]
    [InlineData(RankerTrainer.LightGbmOrdinal, 6, false)]
    [InlineData(RankerTrainer.LightGbmOrdinal, 32, false)]
    [InlineData(RankerTrainer.LightGbmOrdinal, 6, true)]
    [InlineData(RankerTrainer.LightGbmOrdinal, 32, true)]
    public void WalkingTheTreesDirectly_GivesExactlyTheScoresOfTransform_ForEachTrainer_AlsoOnceStoredAndLoaded(string trainer, int leaves, bool byExpectedGain)
    {
        var training = LabelledPairs(new Random(9), 600);
        var transformer = RankerTrainer.FitOne(trainer, training, new RankerOptions { Trees = 60, Leaves = leaves, MinimumPairsPerLeaf = 5, LearningRate = 0.2 });
        // Batches are scored by QuickScorer, so these scores are its own (decision 0092).
        Assert.True(TreeEnsembleScorer.From(transformer)!.ScoresQuickly);
        // The trees alone: whatever blend with the rule scorer the small model's cross-validation chose is not theirs.
        var trained = new TrainedModel(transformer, SmallModel().Info with { Trainer = trainer, TreeWeight = 1, RuleWeight = 0, RanksByExpectedGain = byExpectedGain });
        var stored = TrainedModel.FromBytes(trained.ToBytes(), trained.InfoJson());
        var features = RandomPairs(new Random(12), 5_000)
            .Select(p => FeatureBuilder.Build(p.Profile, p.Opportunity, MatchExamples.Cafe, MatchExamples.Today, SocHierarchy.FromReference()))
            .ToList();

        Assert.True(trained.WalksTreesDirectly);
        Assert.True(stored.WalksTreesDirectly);
        var reference = trained.ScoreThroughTransform(features, 0, features.Count);
        Assert.True(reference.Distinct().Count() > 10, "The model should give many different scores");
        Assert.Equal(reference, trained.Score(features));
        Assert.Equal(reference, stored.Score(features));
        Assert.Equal(OnePass(stored, features), stored.Score(features));
        // Only an ordinal model has outcomes to ask about; the others score as they always did.
        var asksEveryOutcome = byExpectedGain && trainer == RankerTrainer.LightGbmOrdinal;
        Assert.Equal(asksEveryOutcome, !reference.SequenceEqual(TransformScores.Output(transformer, features)));
    }

    [Theory]
    [InlineData(RankerTrainer.LightGbm, 1.0, false)]
    [InlineData(RankerTrainer.LightGbmGrades, 1.0, false)]
    [InlineData(RankerTrainer.LightGbmGrades, 0.6, false)]
    [InlineData(RankerTrainer.LightGbmOrdinal, 0.6, false)]
    [InlineData(RankerTrainer.LightGbmOrdinal, 0.6, true)]
    public void TheFirstTreesOfOneFit_ScoreExactlyAsAFitOfThatManyTrees(string trainer, double sampled, bool byExpectedGain)
    {
        // Cross-validation measures every tree count from one fit of the most trees (decision 0082): that holds only
        // if boosting's first n trees are the fit of n trees, also when each tree samples features and pairs (0086).
        var training = LabelledPairs(new Random(9), 600);
        var options = new RankerOptions { Leaves = 6, MinimumPairsPerLeaf = 5, LearningRate = 0.2, FeatureFraction = sampled, SubsampleFraction = sampled };
        var many = TreeEnsembleScorer.From(RankerTrainer.FitOne(trainer, training, options with { Trees = 60 }), ignoreBias: true, byExpectedGain)!;
        var few = TreeEnsembleScorer.From(RankerTrainer.FitOne(trainer, training, options with { Trees = 20 }), ignoreBias: true, byExpectedGain)!;
        var rows = RandomPairs(new Random(12), 2_000)
            .Select(p => FeatureBuilder.Build(p.Profile, p.Opportunity, MatchExamples.Cafe, MatchExamples.Today, SocHierarchy.FromReference()).ToVector())
            .ToList();

        Assert.True(many.TreeCount > 20, "Boosting should go on past 20 trees");
        Assert.Equal(byExpectedGain, many.RanksByExpectedGain);
        Assert.True(rows.Select(r => many.Score(r, 20)).Distinct().Count() > 10, "The trees should give many different scores");
        Assert.Equal(rows.Select(r => few.Score(r)), rows.Select(r => many.Score(r, 20)));
        // Cross-validation reads every count it measures from one walk.
        int[] counts = [5, 20, many.TreeCount];
        Assert.Equal(rows.Select(r => counts.Select(n => many.Score(r, n))), rows.Select(r => many.ScoreAtEachCount(r, counts)));
        Assert.NotEqual(rows.Select(r => few.Score(r)), rows.Select(r => many.Score(r)));
        if (sampled < 1)
        {
            var unsampled = TreeEnsembleScorer.From(RankerTrainer.FitOne(trainer, training, options with { Trees = 20, FeatureFraction = 1, SubsampleFraction = 1 }), ignoreBias: true, byExpectedGain)!;
            Assert.NotEqual(rows.Select(r => unsampled.Score(r)), rows.Select(r => few.Score(r)));
        }
    }

    [Fact]
    public void CopyTo_WritesToVectorsNumbersInOrder()
    {
        var soc = SocHierarchy.FromReference();
        foreach (var (profile, opportunity) in RandomPairs(new Random(8), 200))
        {
            var f = FeatureBuilder.Build(profile, opportunity, MatchExamples.Cafe, MatchExamples.Today, soc);
            var copied = new float[FeatureRow.FeatureCount];
            f.CopyTo(copied);
            Assert.Equal(f.ToVector(), copied);
        }
    }

    [Fact]
    public void Features_AreThoseOfTheLinqFormulas()
    {
        var soc = SocHierarchy.FromReference();
        foreach (var (profile, opportunity) in RandomPairs(new Random(5), 2_000))
        {
            var f = FeatureBuilder.Build(profile, opportunity, MatchExamples.Cafe, MatchExamples.Today, soc);
            Assert.Equal(profile.SupportNeeds.Count(n => !opportunity.AdjustmentsOffered.Contains(n, StringComparer.Ordinal)), f.SupportNotOffered);
            Assert.Equal(LinqShare(opportunity.SkillsRequired, profile.Skills), f.SkillsCoveredShare);
            Assert.Equal(LinqShare(profile.SupportNeeds, opportunity.AdjustmentsOffered), f.SupportOfferedShare);
            var best = profile.Interests.Select(i => i == opportunity.SocCode ? 4
                : soc.MinorOf(i) == soc.MinorOf(opportunity.SocCode) ? 3
                : soc.SubMajorOf(i) == soc.SubMajorOf(opportunity.SocCode) ? 2
                : soc.MajorOf(i) == soc.MajorOf(opportunity.SocCode) ? 1 : 0).DefaultIfEmpty(0).Max();
            Assert.Equal(best >= 3 ? 1 : 0, f.SameMinorGroup);
            Assert.Equal(best >= 2 ? 1 : 0, f.SameSubMajorGroup);
            Assert.Equal(best >= 1 ? 1 : 0, f.SameMajorGroup);
            Assert.Equal(profile.Interests.ToList().IndexOf(opportunity.SocCode) + 1, f.InterestRank);
        }
    }

    [Fact]
    public void PairScorer_GivesTheScoresOfFeaturesBuiltOneByOne()
    {
        var model = SmallModel();
        var pairs = RandomPairs(new Random(3), 30_000);
        var data = new MatchingData
        {
            Candidates = pairs.Select((p, i) => p.Profile with { Id = $"C{i}" }).ToDictionary(c => c.Id),
            Opportunities = pairs.Select((p, i) => p.Opportunity with { Id = $"V{i}" }).ToDictionary(o => o.Id),
            Employers = new Dictionary<string, EmployerFacts> { [MatchExamples.Cafe.Id] = MatchExamples.Cafe },
            Events = [],
        };
        var ids = Enumerable.Range(0, pairs.Count).Select(i => ($"C{i}", $"V{(i * 7) % pairs.Count}")).ToList();
        var soc = SocHierarchy.FromReference();

        var scores = PairScorer.Score(data, ids, model, MatchExamples.Today, soc);

        var oneByOne = ids.Select(p => FeatureBuilder.Build(data.Candidates[p.Item1], data.Opportunities[p.Item2], MatchExamples.Cafe, MatchExamples.Today, soc)).ToList();
        Assert.Equal(OnePass(model, oneByOne), scores);
    }

    /// <summary>The scoring code as it was before batches were split: one data view, one Transform.</summary>
    private static float[] OnePass(TrainedModel model, IReadOnlyList<MatchFeatures> features)
    {
        using var stream = new MemoryStream(model.ToBytes());
        var trees = TransformScores.Of(new MLContext().Model.Load(stream, out _), features, model.Info.RanksByExpectedGain);
        // A model's score is its trees plus its chosen share of the rule scorer (decision 0046).
        return model.Info.RuleWeight == 0 ? trees
            : trees.Select((t, i) => (float)(model.Info.TreeWeight * t + model.Info.RuleWeight * RuleScorer.ScoreOne(features[i]))).ToArray();
    }

    private static float LinqShare(IReadOnlyList<string> wanted, IReadOnlyList<string> have) =>
        wanted.Count == 0 ? 1 : (float)wanted.Count(w => have.Contains(w, StringComparer.Ordinal)) / wanted.Count;

    private static TrainedModel SmallModel() =>
        RankerTrainer.Train(LabelledPairs(new Random(9), 600), new RankerOptions { Trees = 30, Leaves = 4, MinimumPairsPerLeaf = 5, LearningRate = 0.2 }).Model;

    private static List<FeaturedPair> LabelledPairs(Random random, int count) => RandomPairs(random, count).Select((p, i) =>
    {
        var f = FeatureBuilder.Build(p.Profile, p.Opportunity, MatchExamples.Cafe, MatchExamples.Today, SocHierarchy.FromReference());
        var grade = Math.Clamp((int)Math.Round(RuleScorer.ScoreOne(f) / 2), 0, 4);
        return new FeaturedPair(new LabelledPair($"C{i / 6:D3}", $"V{i}", grade, MatchExamples.Today), f);
    }).ToList();

    private static List<(CandidateProfile Profile, OpportunityFacts Opportunity)> RandomPairs(Random random, int count)
    {
        string[] Some(string[] from) => from.Where(_ => random.Next(3) == 0).ToArray();
        return Enumerable.Range(0, count).Select(_ => (
            MatchExamples.Sam with
            {
                Interests = Some(Socs),
                Skills = Some(Words),
                SupportNeeds = Some(Words),
                TravelMaxMinutes = 20 + random.Next(60),
                HoursMin = random.Next(5, 16),
                HoursMax = random.Next(16, 38),
                Latitude = MatchExamples.Latitude + (random.NextDouble() - 0.5) * 0.2,
            },
            MatchExamples.KitchenJob with
            {
                SocCode = Socs[random.Next(Socs.Length)],
                Kind = random.Next(4) == 0 ? OpportunityKind.SupportedInternship : OpportunityKind.PaidJob,
                SkillsRequired = Some(Words),
                AdjustmentsOffered = Some(Words),
                HoursPerWeek = random.Next(4, 40),
                HourlyPay = random.Next(3) == 0 ? null : 9m + random.Next(0, 800) / 100m,
                InterviewGuaranteed = random.Next(2) == 0,
            })).ToList();
    }
}
