using Employment.Matching.Scoring;
using Microsoft.ML;

namespace Employment.Matching.Training;

/// <summary>
/// Chooses the trainer, its capacity and any blend with the rule scorer by cross-validation grouped by person on the
/// training people only (the held-out people stay unseen for promotion): each fold's people are scored by models
/// fitted on the others, and the choice with the best mean NDCG@10 (then @5) wins. Decision 0046.
/// </summary>
public static class ModelChooser
{
    /// <summary>From this many people, one validation part of a fifth instead of folds, and LightGbm only: FastTree and k fits cost too long.</summary>
    public const int OneSplitFrom = 10_000;

    /// <summary>Below this many people with differing outcomes there is no cross-validation to speak of.</summary>
    public const int FewestPeople = 10;

    /// <summary>Rule-scorer shares tried on top of the trees, in units of the trees' spread over the rule scorer's.</summary>
    public static readonly double[] RuleShares = [0, 0.5, 2];

    public static (ModelChoice Choice, IReadOnlyList<CrossValidated> Table) Choose(IReadOnlyList<FeaturedPair> training, RankerOptions options)
    {
        var people = training.Select(p => p.Pair.CandidateId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(options.Seed).Shuffle(people);
        var capacities = options.FixedCapacity is { } fixedCapacity ? [fixedCapacity] : Capacity.ForPeople(people.Length);
        if (people.Length < FewestPeople)
        {
            // Too few people to hold any out: the smallest capacity, and no claim that it was measured.
            return (new ModelChoice(RankerTrainer.LightGbm, capacities[0], 0), []);
        }
        var big = people.Length >= OneSplitFrom;
        var folds = big ? 1 : Math.Clamp(options.Folds, 2, Math.Max(2, people.Length / 20));
        var foldOf = people.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => big ? (x.i % 5 == 0 ? 0 : -1) : x.i % folds, StringComparer.Ordinal);
        var trainers = big ? new[] { RankerTrainer.LightGbm } : [RankerTrainer.LightGbm, RankerTrainer.FastTree];

        var results = new Dictionary<ModelChoice, List<(double At5, double At10)>>();
        void Add(ModelChoice choice, IReadOnlyList<FeaturedPair> validation, float[] scores)
        {
            if (!results.TryGetValue(choice, out var list))
            {
                results[choice] = list = [];
            }
            list.Add((Ndcg5(validation, scores), Ndcg10(validation, scores)));
        }
        for (var fold = 0; fold < folds; fold++)
        {
            var fit = training.Where(p => foldOf[p.Pair.CandidateId] != fold).ToList();
            var validation = training.Where(p => foldOf[p.Pair.CandidateId] == fold).ToList();
            var features = validation.Select(p => p.Features).ToList();
            var rule = new RuleScorer().Score(features);
            Add(new ModelChoice(RankerTrainer.LightGbm, Capacity.Cautious, 0, RuleOnly: true), validation, rule);
            var context = new MLContext(options.Seed);
            var keyed = RankerTrainer.Keyed(context, fit);
            foreach (var trainer in trainers)
            {
                foreach (var capacity in capacities)
                {
                    var trees = RankerTrainer.Unblended(RankerTrainer.Fit(trainer, context, keyed, fit.Count, capacity, options.Seed)).Score(features);
                    var scale = Spread(trees) / Math.Max(Spread(rule), 1e-6);
                    foreach (var share in RuleShares)
                    {
                        Add(new ModelChoice(trainer, capacity, share), validation, Blend(trees, rule, share * scale));
                    }
                }
            }
        }
        var table = results.Select(r => (Choice: r.Key, At5: r.Value.Average(v => v.At5), At10: r.Value.Average(v => v.At10)))
            .OrderByDescending(r => r.At10).ThenByDescending(r => r.At5).ToList();
        return (table[0].Choice, table.Select(r => new CrossValidated(r.Choice.ToString(), r.At5, r.At10)).ToList());
    }

    public static float[] Blend(float[] trees, float[] rule, double ruleWeight)
    {
        var blended = new float[trees.Length];
        for (var i = 0; i < trees.Length; i++)
        {
            blended[i] = (float)(trees[i] + ruleWeight * rule[i]);
        }
        return blended;
    }

    /// <summary>Standard deviation, the scale on which a share of the rule scorer is added to the trees.</summary>
    public static double Spread(IReadOnlyList<float> scores)
    {
        if (scores.Count == 0)
        {
            return 0;
        }
        var mean = scores.Average(s => (double)s);
        return Math.Sqrt(scores.Average(s => (s - mean) * (s - mean)));
    }

    private static double Ndcg5(IReadOnlyList<FeaturedPair> pairs, float[] scores) => Mean(5, pairs, scores);

    private static double Ndcg10(IReadOnlyList<FeaturedPair> pairs, float[] scores) => Mean(10, pairs, scores);

    private static double Mean(int k, IReadOnlyList<FeaturedPair> pairs, float[] scores)
    {
        var value = Ndcg.Mean(k, pairs.Select((p, i) => (p.Pair.CandidateId, p.Pair.Grade, Score: scores[i]))
            .GroupBy(x => x.CandidateId, StringComparer.Ordinal)
            .Select(g => ((IReadOnlyList<int>)g.Select(x => x.Grade).ToList(), (IReadOnlyList<float>)g.Select(x => x.Score).ToList())));
        return double.IsNaN(value) ? 0 : value;
    }
}
