using Employment.Matching.Scoring;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Employment.Matching.Training;

/// <summary>
/// Trains LightGbm and FastTree rankers on the same people, measures them, the rule scorer and random order on
/// the same held-out people, and keeps the model with the better held-out NDCG@10 (then NDCG@5).
/// </summary>
public static class RankerTrainer
{
    public const string LightGbm = "LightGbm";
    public const string FastTree = "FastTree";
    public const string RandomName = "Random order";

    public static TrainingResult Train(IReadOnlyList<FeaturedPair> pairs, RankerOptions options)
    {
        var heldOutIds = CandidateSplit.HeldOut(pairs.Select(p => p.Pair.CandidateId), options.HeldOutShare, options.Seed);
        var training = Orderable(pairs.Where(p => !heldOutIds.Contains(p.Pair.CandidateId)));
        var heldOut = pairs.Where(p => heldOutIds.Contains(p.Pair.CandidateId)).ToList();
        if (training.Count == 0)
        {
            throw new InvalidOperationException("No one in the training part of the data was put forward for two opportunities with different outcomes, so there is nothing to learn how to order: the placement history needs more than one proposal per person.");
        }

        var context = new MLContext(options.Seed);
        var keyed = Keyed(context, training);
        var lightGbm = Fit(LightGbm, context, keyed, training.Count, options);
        var fastTree = Fit(FastTree, context, keyed, training.Count, options);

        var candidates = new[]
        {
            new TrainedModel(lightGbm, Info(LightGbm, training, heldOut, [])),
            new TrainedModel(fastTree, Info(FastTree, training, heldOut, [])),
        };
        var metrics = new List<ScorerMetrics>();
        metrics.AddRange(candidates.Select(m => Evaluation.Measure(m, heldOut)));
        metrics.Add(Evaluation.Measure(new RuleScorer(), heldOut));
        metrics.Add(Evaluation.Measure(new RandomScorer(options.Seed), heldOut) with { Scorer = RandomName });

        var winner = candidates.OrderByDescending(m => Better(metrics.First(x => x.Scorer == m.Name))).First();
        var kept = new TrainedModel(winner == candidates[0] ? lightGbm : fastTree, Info(winner.Name, training, heldOut, metrics));
        return new TrainingResult(kept, metrics) { HeldOut = heldOut };
    }

    /// <summary>
    /// Fits one trainer, with the product's settings, on pairs already chosen for training (no held-out split, no
    /// evaluation): for timing a trainer on its own, as "benchmark ranker" does.
    /// </summary>
    public static ITransformer FitOne(string trainer, IReadOnlyList<FeaturedPair> pairs, RankerOptions options)
    {
        var training = Orderable(pairs);
        var context = new MLContext(options.Seed);
        return Fit(trainer, context, Keyed(context, training), training.Count, options);
    }

    private static IDataView Keyed(MLContext context, IReadOnlyList<FeaturedPair> training)
    {
        var view = context.Data.LoadFromEnumerable(ToRows(training));
        return context.Transforms.Conversion.MapValueToKey(nameof(RankingRow.GroupId)).Fit(view).Transform(view);
    }

    private static ITransformer Fit(string trainer, MLContext context, IDataView keyed, int trainingPairs, RankerOptions options)
    {
        // LightGbm grows no tree at all (and ML.NET then fails) when a leaf needs more pairs than there are, as in a
        // council's first weeks of placements; a tenth of the pairs keeps a few splits possible.
        var perLeaf = Math.Min(options.MinimumPairsPerLeaf, Math.Max(2, trainingPairs / 10));
        return trainer switch
        {
            LightGbm => context.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
            {
                LabelColumnName = nameof(RankingRow.Label),
                FeatureColumnName = nameof(RankingRow.Features),
                RowGroupColumnName = nameof(RankingRow.GroupId),
                NumberOfIterations = options.Trees,
                NumberOfLeaves = options.Leaves,
                MinimumExampleCountPerLeaf = perLeaf,
                LearningRate = options.LearningRate,
                Seed = options.Seed,
                NumberOfThreads = 1,
            }).Fit(keyed),
            FastTree => context.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
            {
                LabelColumnName = nameof(RankingRow.Label),
                FeatureColumnName = nameof(RankingRow.Features),
                RowGroupColumnName = nameof(RankingRow.GroupId),
                NumberOfTrees = options.Trees,
                NumberOfLeaves = options.Leaves,
                MinimumExampleCountPerLeaf = perLeaf,
                LearningRate = options.LearningRate,
                Seed = options.Seed,
                NumberOfThreads = 1,
            }).Fit(keyed),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "Not a trainer the ranker uses."),
        };
    }

    /// <summary>
    /// Only people whose proposals had different outcomes teach a ranker anything (pairwise gradients are zero
    /// otherwise), and a LightGbm run on nothing else fails inside ML.NET, so the rest are left out of training.
    /// </summary>
    private static List<FeaturedPair> Orderable(IEnumerable<FeaturedPair> pairs) => pairs
        .GroupBy(p => p.Pair.CandidateId, StringComparer.Ordinal)
        .Where(g => Ndcg.IsOrderable(g.Select(p => p.Pair.Grade).ToList()))
        .SelectMany(g => g)
        .ToList();

    private static (double, double) Better(ScorerMetrics m) => (NaNAsZero(m.NdcgAt10), NaNAsZero(m.NdcgAt5));

    private static double NaNAsZero(double value) => double.IsNaN(value) ? 0 : value;

    private static IEnumerable<RankingRow> ToRows(IReadOnlyList<FeaturedPair> pairs)
    {
        var groups = new Dictionary<string, uint>(StringComparer.Ordinal);
        // Ranking trainers want each person's pairs together, which the ordinal sort of the labeller gives.
        foreach (var p in pairs)
        {
            if (!groups.TryGetValue(p.Pair.CandidateId, out var group))
            {
                groups[p.Pair.CandidateId] = group = (uint)groups.Count + 1;
            }
            yield return new RankingRow { Label = p.Pair.Grade, GroupId = group, Features = p.Features.ToVector() };
        }
    }

    private static ModelInfo Info(string trainer, IReadOnlyList<FeaturedPair> training, IReadOnlyList<FeaturedPair> heldOut, IReadOnlyList<ScorerMetrics> metrics) => new()
    {
        Trainer = trainer,
        TrainedAt = DateTimeOffset.UtcNow,
        FeatureVersion = Features.MatchFeatures.Version,
        FeatureNames = Features.MatchFeatures.Names,
        TrainingPairs = training.Count,
        TrainingCandidates = training.Select(p => p.Pair.CandidateId).Distinct(StringComparer.Ordinal).Count(),
        HeldOutPairs = heldOut.Count,
        HeldOutCandidates = heldOut.Select(p => p.Pair.CandidateId).Distinct(StringComparer.Ordinal).Count(),
        HeldOutMetrics = metrics,
    };
}
