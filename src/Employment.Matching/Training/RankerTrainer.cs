using Employment.Matching.Scoring;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Employment.Matching.Training;

/// <summary>
/// Holds out a share of people, chooses trainer, capacity and any blend with the rule scorer by grouped
/// cross-validation on the rest (<see cref="ModelChooser"/>), fits the choice on all of the rest, and measures it,
/// the rule scorer and random order on the held-out people, whom nothing in the choice has seen. For a few hundred
/// people it does so several times, each with its own folds and seed, and averages the fits (decision 0094).
/// </summary>
public static class RankerTrainer
{
    public const string LightGbm = "LightGbm";
    public const string FastTree = "FastTree";

    /// <summary>LightGbm fitted to each pair's grade on its own (pointwise), not to the order within each person.</summary>
    public const string LightGbmGrades = "LightGbm on grades";

    /// <summary>
    /// LightGbm fitted, for each pair and each grade from 1 to 4, to whether the pair reached it (decision 0090): the
    /// log-odds it learns add up a pair's good and bad points, where an expected grade saturates.
    /// </summary>
    public const string LightGbmOrdinal = "LightGbm on outcome thresholds";
    public const string RandomName = "Random order";

    /// <summary>The name of a model that averages several fits (at most 32 characters: it is stored).</summary>
    public const string AveragedName = "LightGbm, several fits averaged";

    public static TrainingResult Train(IReadOnlyList<FeaturedPair> pairs, RankerOptions options)
    {
        var heldOutIds = CandidateSplit.HeldOut(pairs.Select(p => p.Pair.CandidateId), options.HeldOutShare, options.Seed);
        var training = Orderable(pairs.Where(p => !heldOutIds.Contains(p.Pair.CandidateId)));
        var heldOut = pairs.Where(p => heldOutIds.Contains(p.Pair.CandidateId)).ToList();
        if (training.Count == 0)
        {
            throw new InvalidOperationException("No one in the training part of the data was put forward for two opportunities with different outcomes, so there is nothing to learn how to order: the placement history needs more than one proposal per person.");
        }

        var people = training.Select(p => p.Pair.CandidateId).Distinct(StringComparer.Ordinal).Count();
        var fits = Math.Max(1, options.Fits ?? (options.FixedCapacity is null ? Capacity.FitsForPeople(people) : 1));
        // The first fit's seed is the run's, so a model of one fit is what it was before fits were averaged.
        var chosen = Enumerable.Range(0, fits)
            .Select(f => options.Seed + f)
            .Select(seed => (Seed: seed, Chosen: ModelChooser.Choose(training, options with { Seed = seed })))
            .ToList();
        var choices = chosen.Select(c => new SeededChoice(c.Chosen.Choice, c.Seed)).ToList();
        var table = chosen[0].Chosen.Table;
        var ruleOnly = choices.All(c => c.Choice.RuleOnly);
        var described = string.Join("; ", choices.Select(c => c.Choice.ToString()));
        var info = Info(ruleOnly ? RuleKeptName : fits == 1 ? choices[0].Choice.Trainer : AveragedName, training, heldOut, []) with
        {
            Choice = table.Count == 0 ? $"{described} (too few people to cross-validate)"
                : fits == 1 ? described
                : $"the average of {fits} fits, each chosen by its own cross-validation: {described}",
            CrossValidation = table,
        };
        var candidate = FitChoices(choices, training, info);
        var metrics = new List<ScorerMetrics>
        {
            Evaluation.Measure(candidate, heldOut),
            Evaluation.Measure(new RuleScorer(), heldOut),
            Evaluation.Measure(new RandomScorer(options.Seed), heldOut) with { Scorer = RandomName },
        };
        var measured = candidate.WithInfo(candidate.Info with { HeldOutMetrics = metrics });
        var kept = options.RefitOnEveryone && !ruleOnly ? RefitOnEveryone(choices, pairs, measured.Info) : measured;
        return new TrainingResult(kept, metrics) { HeldOut = heldOut };
    }

    /// <summary>One fit's choice and the seed of its cross-validation and fit.</summary>
    private sealed record SeededChoice(ModelChoice Choice, int Seed);

    /// <summary>
    /// The chosen trainer, capacity and blend fitted again on every person, held-out ones too (decision 0087): a model
    /// that only scores new people learns from a quarter more people, and keeps the figures its recipe measured.
    /// </summary>
    private static TrainedModel RefitOnEveryone(IReadOnlyList<SeededChoice> choices, IReadOnlyList<FeaturedPair> pairs, ModelInfo measured)
    {
        var everyone = Orderable(pairs);
        return FitChoices(choices, everyone, measured with
        {
            RefitPairs = everyone.Count,
            RefitCandidates = everyone.Select(p => p.Pair.CandidateId).Distinct(StringComparer.Ordinal).Count(),
        });
    }

    /// <summary>
    /// Each choice fitted on these pairs, as one model: one fit as it is, or several averaged (decision 0094). Each
    /// fit's score, trees and rule scorer together, is divided by its spread on these pairs before the average, so a
    /// fit on log-odds and one on grades count alike.
    /// </summary>
    private static TrainedModel FitChoices(IReadOnlyList<SeededChoice> choices, IReadOnlyList<FeaturedPair> pairs, ModelInfo info)
    {
        var fits = choices.Select(c => FitChoice(c.Choice, pairs, c.Seed)).ToList();
        if (fits.Count == 1)
        {
            return new TrainedModel(fits[0].Transformer, info with { TreeWeight = fits[0].TreeWeight, RuleWeight = fits[0].RuleWeight, FitWeights = [] });
        }
        var features = pairs.Select(p => p.Features).ToList();
        var rule = new RuleScorer().Score(features);
        var fitWeights = new double[fits.Count];
        var ruleWeight = 0.0;
        for (var f = 0; f < fits.Count; f++)
        {
            var trees = fits[f].TreeWeight == 0 ? new float[features.Count] : Unblended(fits[f].Transformer).Score(features);
            var share = 1 / (fits.Count * Math.Max(ModelChooser.Spread(ModelChooser.Blend(trees, rule, fits[f].RuleWeight)), 1e-6));
            fitWeights[f] = fits[f].TreeWeight * share;
            ruleWeight += fits[f].RuleWeight * share;
        }
        return new TrainedModel(fits.Select(f => f.Transformer).ToList(), info with { TreeWeight = 1, RuleWeight = ruleWeight, FitWeights = fitWeights });
    }

    /// <summary>The choice fitted on these pairs, with the weights of its blend with the rule scorer worked out on them.</summary>
    private static (ITransformer Transformer, double TreeWeight, double RuleWeight) FitChoice(ModelChoice choice, IReadOnlyList<FeaturedPair> pairs, int seed)
    {
        var context = new MLContext(seed);
        var transformer = Fit(choice.Trainer, context, TrainingView(context, choice.Trainer, pairs), pairs.Count, choice.Capacity, seed);
        var (treeWeight, ruleWeight) = Weights(choice, transformer, pairs);
        return (transformer, treeWeight, ruleWeight);
    }

    /// <summary>The kept model's name when cross-validation found the rule scorer alone ordered best (at most 32 characters: it is stored).</summary>
    public const string RuleKeptName = "Rule-based scorer (chosen)";

    private static (double Tree, double Rule) Weights(ModelChoice choice, ITransformer transformer, IReadOnlyList<FeaturedPair> training)
    {
        if (choice.RuleOnly)
        {
            return (0, 1);
        }
        if (choice.RuleShare == 0)
        {
            return (1, 0);
        }
        var features = training.Select(p => p.Features).ToList();
        var trees = Unblended(transformer).Score(features);
        var rule = new RuleScorer().Score(features);
        return (1, choice.RuleShare * ModelChooser.Spread(trees) / Math.Max(ModelChooser.Spread(rule), 1e-6));
    }

    /// <summary>The trees alone, for measuring a fit before any blend is chosen.</summary>
    internal static TrainedModel Unblended(ITransformer transformer) =>
        new(transformer, Info(LightGbm, [], [], []));

    /// <summary>
    /// Fits one trainer, with the product's settings, on pairs already chosen for training (no held-out split, no
    /// evaluation): for timing a trainer on its own, as "benchmark ranker" does.
    /// </summary>
    public static ITransformer FitOne(string trainer, IReadOnlyList<FeaturedPair> pairs, RankerOptions options)
    {
        var training = Orderable(pairs);
        var context = new MLContext(options.Seed);
        return Fit(trainer, context, TrainingView(context, trainer, training), training.Count, options.FixedCapacity ?? Capacity.Cautious, options.Seed);
    }

    /// <summary>The pairs as <paramref name="trainer"/> learns from them: one row a pair, or one a pair and grade threshold.</summary>
    internal static IDataView TrainingView(MLContext context, string trainer, IReadOnlyList<FeaturedPair> training)
    {
        if (trainer == LightGbmOrdinal)
        {
            return context.Data.LoadFromEnumerable(ThresholdRow.Of(training));
        }
        var view = context.Data.LoadFromEnumerable(ToRows(training));
        return context.Transforms.Conversion.MapValueToKey(nameof(RankingRow.GroupId)).Fit(view).Transform(view);
    }

    internal static ITransformer Fit(string trainer, MLContext context, IDataView keyed, int trainingPairs, Capacity capacity, int seed)
    {
        // LightGbm grows no tree at all (and ML.NET then fails) when a leaf needs more pairs than there are, as in a
        // council's first weeks of placements; a tenth of the pairs keeps a few splits possible.
        var perLeaf = Math.Min(capacity.MinimumPairsPerLeaf, Math.Max(2, trainingPairs / 10));
        return trainer switch
        {
            LightGbm => context.Ranking.Trainers.LightGbm(Sized(new LightGbmRankingTrainer.Options
            {
                LabelColumnName = nameof(RankingRow.Label),
                FeatureColumnName = nameof(RankingRow.Features),
                RowGroupColumnName = nameof(RankingRow.GroupId),
            }, capacity, perLeaf, seed)).Fit(keyed),
            LightGbmOrdinal => context.BinaryClassification.Trainers.LightGbm(Sized(new LightGbmBinaryTrainer.Options
            {
                LabelColumnName = nameof(ThresholdRow.Reached),
                FeatureColumnName = nameof(ThresholdRow.Features),
            }, capacity, perLeaf, seed)).Fit(keyed),
            LightGbmGrades => (ITransformer)context.Regression.Trainers.LightGbm(Sized(new LightGbmRegressionTrainer.Options
            {
                LabelColumnName = nameof(RankingRow.Label),
                FeatureColumnName = nameof(RankingRow.Features),
            }, capacity, perLeaf, seed)).Fit(keyed),
            FastTree => context.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
            {
                LabelColumnName = nameof(RankingRow.Label),
                FeatureColumnName = nameof(RankingRow.Features),
                RowGroupColumnName = nameof(RankingRow.GroupId),
                NumberOfTrees = capacity.Trees,
                NumberOfLeaves = capacity.Leaves,
                MinimumExampleCountPerLeaf = perLeaf,
                LearningRate = capacity.LearningRate,
                Seed = seed,
                NumberOfThreads = 1,
            }).Fit(keyed),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "Not a trainer the ranker uses."),
        };
    }

    /// <summary>Writes what every LightGbm trainer takes from the capacity into options made for one of them.</summary>
    private static TOptions Sized<TOptions, TOutput, TTransformer, TModel>(
        LightGbmTrainerBase<TOptions, TOutput, TTransformer, TModel>.OptionsBase options, Capacity capacity, int perLeaf, int seed)
        where TOptions : LightGbmTrainerBase<TOptions, TOutput, TTransformer, TModel>.OptionsBase, new()
        where TTransformer : ISingleFeaturePredictionTransformer<TModel>
        where TModel : class
    {
        options.NumberOfIterations = capacity.Trees;
        options.NumberOfLeaves = capacity.Leaves;
        options.MinimumExampleCountPerLeaf = perLeaf;
        options.LearningRate = capacity.LearningRate;
        options.Seed = seed;
        options.NumberOfThreads = 1;
        options.Booster = Booster(capacity);
        return (TOptions)options;
    }

    /// <summary>LightGbm's default booster, with the capacity's feature and pair sampling (none at 1: the same trees as without).</summary>
    private static GradientBooster.Options Booster(Capacity capacity) => new()
    {
        FeatureFraction = capacity.FeatureFraction,
        SubsampleFraction = capacity.SubsampleFraction,
        SubsampleFrequency = capacity.SubsampleFraction < 1 ? 1 : 0,
    };

    /// <summary>
    /// Only people whose proposals had different outcomes teach a ranker anything (pairwise gradients are zero
    /// otherwise), and a LightGbm run on nothing else fails inside ML.NET, so the rest are left out of training.
    /// </summary>
    private static List<FeaturedPair> Orderable(IEnumerable<FeaturedPair> pairs) => pairs
        .GroupBy(p => p.Pair.CandidateId, StringComparer.Ordinal)
        .Where(g => Ndcg.IsOrderable(g.Select(p => p.Pair.Grade).ToList()))
        .SelectMany(g => g)
        .ToList();

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
        RanksByExpectedGain = true,
    };
}
