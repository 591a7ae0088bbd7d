using Employment.Matching.Features;
using Employment.Matching.Labels;
using Employment.Matching.Training;

namespace Employment.Tests.Matching;

/// <summary>One trained model serves many requests at once: no shared PredictionEngine.</summary>
public sealed class ConcurrentScoringTests
{
    [Fact]
    public async Task ScoringFromManyThreads_GivesTheSameScores()
    {
        var random = new Random(4);
        var pairs = Enumerable.Range(0, 400).Select(i =>
        {
            var skills = (float)random.NextDouble();
            var grade = (int)Math.Round(skills * 4);
            return new FeaturedPair(new LabelledPair($"C{i / 5:D3}", $"V{i % 5}", grade, new DateOnly(2026, 1, 1)),
                MatchExamples.Build() with { SkillsCoveredShare = skills });
        }).ToList();
        var model = RankerTrainer.Train(pairs, new RankerOptions { Trees = 20, Leaves = 4, MinimumPairsPerLeaf = 5, LearningRate = 0.2 }).Model;
        var probes = pairs.Take(50).Select(p => p.Features).ToList();
        var expected = model.Score(probes);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => model.Score(probes))));

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
