using Employment.Matching.Features;
using Employment.Matching.Labels;
using Employment.Matching.Training;

namespace Employment.Tests.Matching;

/// <summary>When one factor alone decides the outcome, the trained model must rank by that factor.</summary>
public sealed class OneFactorTrainingTests
{
    private static readonly RankerOptions Small = new() { Trees = 60, Leaves = 8, MinimumPairsPerLeaf = 5, LearningRate = 0.2 };

    // Short journeys do best; every other feature is noise.
    private static int GradeFor(float journeyRatio) => journeyRatio switch
    {
        < 0.5f => 4,
        < 0.8f => 3,
        < 1.1f => 2,
        < 1.5f => 1,
        _ => 0,
    };

    private static MatchFeatures Noise(Random random, float journeyRatio) => new()
    {
        InterestExact = random.Next(2),
        InterestRank = random.Next(4),
        SameMinorGroup = random.Next(2),
        SameSubMajorGroup = random.Next(2),
        SameMajorGroup = random.Next(2),
        SkillsCoveredShare = (float)random.NextDouble(),
        JourneyMinutes = (float)random.NextDouble() * 90,
        JourneyRatio = journeyRatio,
        HoursInsideRange = random.Next(2),
        HoursOutsideRange = random.Next(10),
        SupportOfferedShare = (float)random.NextDouble(),
        SupportNotOffered = random.Next(4),
        DcLevel = random.Next(4),
        DcCurrent = random.Next(2),
        KindWanted = random.Next(2),
        AnyKindWanted = random.Next(2),
        Eligible = random.Next(2),
        Paid = random.Next(2),
        PayToLivingWage = (float)random.NextDouble() * 1.5f,
        InterviewGuaranteed = random.Next(2),
        AgeBand = random.Next(5),
    };

    private static List<FeaturedPair> Synthetic(int people, int pairsEach, int seed)
    {
        var random = new Random(seed);
        var pairs = new List<FeaturedPair>();
        for (var person = 0; person < people; person++)
        {
            for (var j = 0; j < pairsEach; j++)
            {
                var ratio = (float)random.NextDouble() * 2;
                pairs.Add(new FeaturedPair(new LabelledPair($"C{person:D4}", $"V{j:D2}", GradeFor(ratio), new DateOnly(2026, 1, 1)), Noise(random, ratio)));
            }
        }
        return pairs;
    }

    [Fact]
    public void TheModel_LearnsTheDecidingFactor()
    {
        var result = RankerTrainer.Train(Synthetic(people: 250, pairsEach: 8, seed: 7), Small);

        var kept = result.Of(result.Model.Name);
        Assert.True(kept.NdcgAt10 > 0.97, $"held-out NDCG@10 was {kept.NdcgAt10:0.000}");
        Assert.True(kept.NdcgAt10 > result.Of(RankerTrainer.RandomName).NdcgAt10);

        // The same pair at longer and longer journeys scores lower and lower.
        var probe = Noise(new Random(1), 0);
        var scores = result.Model.Score(new[] { 0.3f, 0.7f, 1.0f, 1.3f, 1.9f }.Select(r => probe with { JourneyRatio = r }).ToList());
        for (var i = 1; i < scores.Length; i++)
        {
            Assert.True(scores[i] < scores[i - 1], $"score at step {i} ({scores[i]}) is not below step {i - 1} ({scores[i - 1]})");
        }
    }

    [Fact]
    public void ASavedModel_ScoresTheSameWhenLoaded()
    {
        var result = RankerTrainer.Train(Synthetic(people: 60, pairsEach: 5, seed: 3), Small with { Trees = 20 });
        var path = Path.Combine(Path.GetTempPath(), "employment-model-" + Guid.NewGuid().ToString("N")[..8], "model.zip");
        try
        {
            result.Model.Save(path);
            var loaded = TrainedModel.Load(path);
            var probes = Synthetic(people: 2, pairsEach: 5, seed: 9).Select(p => p.Features).ToList();

            Assert.Equal(result.Model.Score(probes), loaded.Score(probes));
            Assert.Equal(result.Model.Info.Trainer, loaded.Info.Trainer);
            // The chosen model, the rule scorer and random order (one model is kept since cross-validation chooses).
            Assert.Equal(3, loaded.Info.HeldOutMetrics.Count);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void TheHeldOutSplit_IsByPerson_AndSeeded()
    {
        var ids = Enumerable.Range(0, 100).Select(i => $"C{i}").ToList();

        var first = CandidateSplit.HeldOut(ids, 0.2, 5);
        var again = CandidateSplit.HeldOut(ids.AsEnumerable().Reverse(), 0.2, 5);

        Assert.Equal(20, first.Count);
        Assert.True(first.SetEquals(again));
    }
}
