using System.IO.Compression;
using Employment.Matching.Features;
using Employment.Matching.Scoring;
using Employment.Matching.Training;
using Employment.Tests.Matching.Store;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Employment.Tests.Matching;

/// <summary>
/// For a few hundred people, training averages several fits, each chosen by its own cross-validation folds and fitted
/// with its own seed (decision 0094). The averaged model scores, stores and loads as one model; its reasons add up to
/// its score (<see cref="ReasonsFromTheModelTests"/>).
/// </summary>
public sealed class AveragedFitsTests
{
    /// <summary>A fixed capacity, sampled so that fits with different seeds differ, as the small councils' choices are.</summary>
    private static readonly RankerOptions ThreeFits = JourneyDecides.Small with { Fits = 3, FeatureFraction = 0.6, SubsampleFraction = 0.8 };

    [Theory]
    [InlineData(300, 5)]
    [InlineData(999, 5)]
    [InlineData(1_000, 1)]
    [InlineData(30_000, 1)]
    public void SmallCouncils_AverageFiveFits_AndCountiesOne(int people, int fits) =>
        Assert.Equal(fits, Capacity.FitsForPeople(people));

    [Fact]
    public void TheAveragedModel_ScoresAsEachFitsOwnTransformWeighted_AlsoOnceStoredAndLoaded()
    {
        var model = RankerTrainer.Train(JourneyDecides.Pairs(people: 120, pairsEach: 8, seed: 3), ThreeFits with { RefitOnEveryone = true }).Model;
        // A page's 2,000 pairs, which are split between the cores (decision 0095).
        var features = JourneyDecides.Pairs(people: 250, pairsEach: 8, seed: 4).Select(p => p.Features).ToList();
        Assert.True(features.Count >= TrainedModel.ParallelFrom);
        var path = Path.Combine(Path.GetTempPath(), $"averaged-{Guid.NewGuid():N}.zip");

        try
        {
            model.Save(path);
            var loaded = TrainedModel.Load(path);
            var stored = TrainedModel.FromBytes(model.ToBytes(), model.InfoJson());

            Assert.Equal(RankerTrainer.AveragedName, model.Name);
            Assert.Equal(3, model.Info.Fits);
            Assert.True(model.WalksTreesDirectly);
            var fitScores = EachFitsTransform(model, features);
            Assert.Equal(3, fitScores.Count);
            Assert.NotEqual(fitScores[0], fitScores[1]);
            var weighted = features.Select((f, i) =>
            {
                var trees = (float)fitScores.Select((scores, fit) => model.Info.FitWeight(fit) * scores[i]).Sum();
                return model.Info.RuleWeight == 0 ? trees : (float)(model.Info.TreeWeight * trees + model.Info.RuleWeight * RuleScorer.ScoreOne(f));
            }).ToArray();
            var scores = model.Score(features);
            Assert.Equal(weighted, scores);
            Assert.Equal(weighted, model.ScoreThroughTransform(features, 0, features.Count));
            Assert.Equal(scores, loaded.Score(features));
            Assert.Equal(scores, stored.Score(features));
            Assert.Equal(model.Info.FitWeights, loaded.Info.FitWeights);
        }
        finally
        {
            File.Delete(path);
            File.Delete(TrainedModel.InfoPath(path));
        }
    }

    [Fact]
    public void EachFit_CountsInInverseProportionToItsSpread_SoFitsOnDifferentScalesCountAlike()
    {
        var training = JourneyDecides.Pairs(people: 120, pairsEach: 8, seed: 3);
        var model = RankerTrainer.Train(training, ThreeFits with { RefitOnEveryone = true }).Model;
        var fitScores = EachFitsTransform(model, training.Select(p => p.Features).ToList());

        // Journey minutes decide this world, so no fit adds the rule scorer, and each fit's score is its trees alone.
        Assert.Equal(0, model.Info.RuleWeight);
        for (var fit = 0; fit < model.Info.Fits; fit++)
        {
            Assert.Equal(1.0 / model.Info.Fits, model.Info.FitWeight(fit) * ModelChooser.Spread(fitScores[fit]), 6);
        }
    }

    /// <summary>Each fit's scores through ML.NET's own Transform, read from the model's stored bytes.</summary>
    private static List<float[]> EachFitsTransform(TrainedModel model, IReadOnlyList<MatchFeatures> features)
    {
        using var archive = new ZipArchive(new MemoryStream(model.ToBytes()), ZipArchiveMode.Read);
        var context = new MLContext();
        return archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal).Select(entry =>
        {
            using var fit = new MemoryStream();
            using (var read = entry.Open())
            {
                read.CopyTo(fit);
            }
            fit.Position = 0;
            return TransformScores.Of(context.Model.Load(fit, out _), features, model.Info.RanksByExpectedGain);
        }).ToList();
    }
}
