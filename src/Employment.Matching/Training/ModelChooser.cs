using Employment.Matching.Scoring;
using Microsoft.ML;

namespace Employment.Matching.Training;

/// <summary>
/// Chooses the trainer, its capacity and any blend with the rule scorer by cross-validation grouped by person on the
/// training people only (the held-out people stay unseen for promotion): each fold's people are scored by models
/// fitted on the others, and the choice with the best mean NDCG@10 (then @5) wins. Decisions 0046 and 0082: each
/// trainer and capacity is fitted once per fold with its most trees, and its first n trees are measured for several n.
/// </summary>
public static class ModelChooser
{
    /// <summary>From this many people, one validation part of a fifth instead of folds: k fits cost too long.</summary>
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

        // Each choice's NDCG for every validation person, in the same order for every choice, so they can be paired.
        var results = new Dictionary<ModelChoice, (List<double> At5, List<double> At10)>();
        void Add(ModelChoice choice, IReadOnlyList<FeaturedPair> validation, float[] scores)
        {
            if (!results.TryGetValue(choice, out var lists))
            {
                results[choice] = lists = ([], []);
            }
            lists.At5.AddRange(PerPerson(5, validation, scores));
            lists.At10.AddRange(PerPerson(10, validation, scores));
        }
        for (var fold = 0; fold < folds; fold++)
        {
            var fit = training.Where(p => foldOf[p.Pair.CandidateId] != fold).ToList();
            var validation = training.Where(p => foldOf[p.Pair.CandidateId] == fold).ToList();
            var features = validation.Select(p => p.Features).ToList();
            var rows = features.Select(f => f.ToVector()).ToArray();
            var rule = new RuleScorer().Score(features);
            Add(new ModelChoice(RankerTrainer.LightGbm, Capacity.Cautious, 0, RuleOnly: true), validation, rule);
            var context = new MLContext(options.Seed);
            foreach (var trainer in Trainers)
            {
                var view = RankerTrainer.TrainingView(context, trainer, fit);
                foreach (var capacity in capacities)
                {
                    var transformer = RankerTrainer.Fit(trainer, context, view, fit.Count, capacity, options.Seed);
                    // Boosting is the same whether it stops at n trees or goes on, so one fit's first n trees are the
                    // fit of n trees: every tree count is measured for the price of the largest (early stopping).
                    var walker = TreeEnsembleScorer.From(transformer, ignoreBias: true, byExpectedGain: true);
                    var counts = walker is null || options.FixedCapacity is not null ? [capacity.Trees] : TreeCounts(Math.Min(capacity.Trees, walker.TreeCount));
                    var atEachCount = walker is null ? null : rows.Select(r => walker.ScoreAtEachCount(r, counts)).ToArray();
                    for (var c = 0; c < counts.Length; c++)
                    {
                        var count = counts[c];
                        var trees = atEachCount is null ? RankerTrainer.Unblended(transformer).Score(features) : atEachCount.Select(s => s[c]).ToArray();
                        var scale = Spread(trees) / Math.Max(Spread(rule), 1e-6);
                        foreach (var share in RuleShares)
                        {
                            Add(new ModelChoice(trainer, capacity with { Trees = count }, share), validation, Blend(trees, rule, share * scale));
                        }
                    }
                }
            }
        }
        var table = results.Select(r => (Choice: r.Key, At5: Average(r.Value.At5), At10: Average(r.Value.At10)))
            .OrderByDescending(r => r.At10).ThenByDescending(r => r.At5).ToList();
        return (table[0].Choice, table.Select(r => new CrossValidated(r.Choice.ToString(), r.At5, r.At10)).ToList());
    }

    /// <summary>
    /// The trainers tried: LightGbm fitted to whether each pair reached each grade (decision 0090), which ordered new
    /// people better than LightGbm fitted to the grades themselves. LambdaRank lost to fitting the grades on every
    /// generated world (decision 0082). FastTree's ranking never ordered new people better, and when it won
    /// cross-validation by 0.003 on a noisy small world it ordered them far worse, so it is no longer tried (0089).
    /// </summary>
    private static readonly string[] Trainers = [RankerTrainer.LightGbmOrdinal, RankerTrainer.LightGbmGrades];

    /// <summary>The tree counts measured from one fit of <paramref name="most"/> trees: an eighth, a quarter, … all.</summary>
    private static int[] TreeCounts(int most) =>
        new[] { most / 8, most / 4, 3 * most / 8, most / 2, 3 * most / 4, most }.Where(n => n > 0).Distinct().ToArray();

    private static double Average(List<double> values) => values.Count == 0 ? 0 : values.Average();

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

    /// <summary>NDCG@k of each person whose outcomes differ, in the order the pairs give them.</summary>
    private static IEnumerable<double> PerPerson(int k, IReadOnlyList<FeaturedPair> pairs, float[] scores) =>
        pairs.Select((p, i) => (p.Pair.CandidateId, p.Pair.Grade, Score: scores[i]))
            .GroupBy(x => x.CandidateId, StringComparer.Ordinal)
            .Select(g => (Grades: (IReadOnlyList<int>)g.Select(x => x.Grade).ToList(), Scores: (IReadOnlyList<float>)g.Select(x => x.Score).ToList()))
            .Where(g => Ndcg.IsOrderable(g.Grades))
            .Select(g => Ndcg.At(k, g.Grades, g.Scores));
}
