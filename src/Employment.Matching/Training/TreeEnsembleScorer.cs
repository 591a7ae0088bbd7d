using System.Runtime.CompilerServices;
using Employment.Matching.Features;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Employment.Matching.Training;

/// <summary>
/// Walks a trained tree ensemble directly, as ML.NET's own scoring does for a dense feature vector (go left when the
/// value is at most the node's threshold; the score is the sum, in tree order and in double, of the leaves reached),
/// without building a data view per batch. Only for ensembles of plain numeric splits; anything else (categorical
/// splits, an unknown model kind) gets null and is scored through Transform. A test holds the two equal.
/// </summary>
internal sealed class TreeEnsembleScorer
{
    // Every tree's nodes and leaves in one set of arrays, so a pair's walk stays in a few cache lines. A child is a
    // node index (0 or more) or ~leaf index; a root that is already ~leaf is a tree with no split.
    private readonly int[] _roots;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _leaves;

    /// <summary>Each node's expected value, for the contributions: the mean of its two children's (see <see cref="Contributions"/>).</summary>
    private readonly double[] _nodeValue;

    /// <summary>
    /// The trees as a pair walks them to score it: every split on <see cref="MatchFeatures.OutcomeThreshold"/>, which
    /// is 0 in every pair (the question asked of a pair), already taken, and each node's test in one 16-byte entry, so
    /// a step reads one cache line. The same leaves as <see cref="_roots"/>' trees; only the route is shorter.
    /// </summary>
    private readonly int[] _pairRoots;
    private readonly TreeSplit[] _pairSplits;

    /// <summary>
    /// For a model ranked by expected gain (decision 0099): the chance its trees' output means, and for each outcome
    /// asked about (<see cref="ExpectedGain.Asked"/>) the trees as a pair walks them asking it, in
    /// <see cref="_pairSplits"/>. Null when pairs are scored asking about an offer alone.
    /// </summary>
    private readonly OutcomeOdds? _odds;
    private readonly int[][] _askedRoots = [];

    /// <summary>What the ensemble adds to every tree's output (0 for LightGbm's); counted only when ranking by expected gain.</summary>
    private readonly double _bias;

    /// <summary>
    /// The trees scored by <see cref="QuickScorer"/>, or null when a tree has too many leaves for it: the pair's walks,
    /// or, ranking by expected gain, the whole trees with their splits on the outcome asked about.
    /// </summary>
    private readonly QuickScorer? _quick;

    private TreeEnsembleScorer(int[] roots, int[] feature, float[] threshold, int[] left, int[] right, double[] leaves, OutcomeOdds? odds, double bias)
    {
        (_roots, _feature, _threshold, _left, _right, _leaves, _odds, _bias) = (roots, feature, threshold, left, right, leaves, odds, bias);
        _nodeValue = new double[feature.Length];
        var done = new bool[feature.Length];
        for (var n = 0; n < feature.Length; n++)
        {
            ValueOf(n, done);
        }
        var splits = new List<TreeSplit>(feature.Length);
        _pairRoots = roots.Select(root => AsPairWalks(root, splits, MatchFeatures.PairsOutcomeThreshold)).ToArray();
        if (odds is not null)
        {
            _askedRoots = [.. ExpectedGain.Asked.Select(asked => roots.Select(root => AsPairWalks(root, splits, asked)).ToArray())];
        }
        _pairSplits = [.. splits];
        _quick = odds is null
            ? QuickScorer.From(_pairRoots, _pairSplits, leaves, MatchFeatures.Count)
            : QuickScorer.From(roots, [.. Enumerable.Range(0, feature.Length).Select(n => new TreeSplit(feature[n], threshold[n], left[n], right[n]))],
                leaves, MatchFeatures.Count, MatchFeatures.OutcomeThresholdIndex, ExpectedGain.Asked);
    }

    /// <summary>Whether pairs are ranked by the gain expected of them from every outcome asked about (decision 0099).</summary>
    public bool RanksByExpectedGain => _odds is not null;

    /// <summary>Copies the tree under <paramref name="node"/> into <paramref name="splits"/>, taking the branch a pair asking <paramref name="asked"/> takes at every question split.</summary>
    private int AsPairWalks(int node, List<TreeSplit> splits, float asked)
    {
        while (node >= 0 && _feature[node] == MatchFeatures.OutcomeThresholdIndex)
        {
            node = asked <= _threshold[node] ? _left[node] : _right[node];
        }
        if (node < 0)
        {
            return node;
        }
        var index = splits.Count;
        splits.Add(default);
        var left = AsPairWalks(_left[node], splits, asked);
        var right = AsPairWalks(_right[node], splits, asked);
        splits[index] = new TreeSplit(_feature[node], _threshold[node], left, right);
        return index;
    }

    private double ValueOf(int child, bool[] done)
    {
        if (child < 0)
        {
            return _leaves[~child];
        }
        if (!done[child])
        {
            _nodeValue[child] = (ValueOf(_left[child], done) + ValueOf(_right[child], done)) / 2;
            done[child] = true;
        }
        return _nodeValue[child];
    }

    /// <param name="ignoreBias">
    /// Walk an ensemble with a constant bias too (leaving the bias out): a constant moves every pair alike, so the
    /// order within a person is the same. For cross-validation only, never for the scores a model gives.
    /// </param>
    /// <param name="byExpectedGain">Rank an ordinal model's pairs by the gain expected of them (decision 0099), not by the chance of an offer.</param>
    public static TreeEnsembleScorer? From(ITransformer transformer, bool ignoreBias = false, bool byExpectedGain = false)
    {
        var model = Predictor(transformer) switch
        {
            TreeEnsembleModelParametersBasedOnRegressionTree trees => trees,
            // The ordinal trainer's trees give log-odds; the calibration on top only turns them into probabilities.
            CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> calibrated => calibrated.SubModel,
            _ => null,
        };
        if (model is null)
        {
            return null;
        }
        var odds = byExpectedGain ? OddsOf(transformer) : null;
        var ensemble = model.TrainedTreeEnsemble;
        // ML.NET's scoring adds neither the bias nor the tree weights; a model that has either is left to it. Ranking
        // by expected gain, the bias moves each outcome's chance differently, so it is counted.
        if ((ensemble.Bias != 0 && !ignoreBias && odds is null) || ensemble.TreeWeights.Any(w => w != 1))
        {
            return null;
        }
        var roots = new int[ensemble.Trees.Count];
        List<int> feature = [], left = [], right = [];
        List<float> threshold = [];
        List<double> leaves = [];
        for (var t = 0; t < roots.Length; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(c => c))
            {
                return null;
            }
            if (tree.LeftChild.Count == 0)
            {
                // As ML.NET: a tree that never split adds nothing.
                roots[t] = ~leaves.Count;
                leaves.Add(0);
                continue;
            }
            var (nodeBase, leafBase) = (feature.Count, leaves.Count);
            roots[t] = nodeBase;
            for (var n = 0; n < tree.LeftChild.Count; n++)
            {
                feature.Add(tree.NumericalSplitFeatureIndexes[n]);
                threshold.Add(tree.NumericalSplitThresholds[n]);
                left.Add(Child(tree.LeftChild[n], nodeBase, leafBase));
                right.Add(Child(tree.RightChild[n], nodeBase, leafBase));
            }
            leaves.AddRange(tree.LeafValues);
        }
        return new TreeEnsembleScorer(roots, [.. feature], [.. threshold], [.. left], [.. right], [.. leaves], odds, odds is null ? 0 : ensemble.Bias);
    }

    /// <summary>The chance an ordinal model's output means (its Platt calibration), or null for any other model.</summary>
    public static OutcomeOdds? OddsOf(ITransformer transformer) =>
        Predictor(transformer) is CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> calibrated
            ? new OutcomeOdds(calibrated.Calibrator.Slope, calibrated.Calibrator.Offset)
            : null;

    /// <summary>The model at the end of a chain of transformers.</summary>
    private static object? Predictor(ITransformer transformer)
    {
        var last = transformer;
        while (last is IEnumerable<ITransformer> chain)
        {
            last = chain.LastOrDefault();
        }
        return (last as ISingleFeaturePredictionTransformer<object>)?.Model;
    }

    private static int Child(int child, int nodeBase, int leafBase) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);

    public int TreeCount => _roots.Length;

    /// <summary>Whether <see cref="ScoreRows"/> scores by <see cref="QuickScorer"/> rather than walking.</summary>
    internal bool ScoresQuickly => _quick is not null;

    public float Score(float[] features) => Score(features, _roots.Length);

    /// <summary>
    /// <see cref="Score(float[], int)"/> for each of <paramref name="counts"/> (in increasing order) from one walk of
    /// the trees: cross-validation measures several tree counts of one fit (decision 0082).
    /// </summary>
    public float[] ScoreAtEachCount(ReadOnlySpan<float> features, IReadOnlyList<int> counts)
    {
        var scores = new float[counts.Count];
        var roots = _odds is null ? [_pairRoots] : _askedRoots;
        var logOdds = new float[counts.Count, roots.Length];
        for (var a = 0; a < roots.Length; a++)
        {
            var (sum, t) = (_bias, 0);
            for (var c = 0; c < counts.Count; c++)
            {
                for (; t < counts[c]; t++)
                {
                    sum += LeafReached(features, roots[a][t]);
                }
                logOdds[c, a] = (float)sum;
            }
        }
        Span<float> asked = stackalloc float[roots.Length];
        for (var c = 0; c < counts.Count; c++)
        {
            for (var a = 0; a < roots.Length; a++)
            {
                asked[a] = logOdds[c, a];
            }
            scores[c] = _odds is { } odds ? (float)ExpectedGain.Score(asked, odds) : asked[0];
        }
        return scores;
    }

    /// <summary>The score of the first <paramref name="trees"/> trees alone: the model boosting would have stopped at.</summary>
    public float Score(float[] features, int trees)
    {
        if (_odds is not null)
        {
            return ScoreAtEachCount(features, [trees])[0];
        }
        var output = 0.0;
        for (var t = 0; t < trees; t++)
        {
            output += LeafReached(features, _pairRoots[t]);
        }
        return (float)output;
    }

    /// <summary>The value of the leaf a pair's row reaches from <paramref name="node"/> in <see cref="_pairSplits"/> (a root that is already ~leaf gives that leaf).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double LeafReached(ReadOnlySpan<float> row, int node)
    {
        var splits = _pairSplits;
        while (node >= 0)
        {
            ref readonly var split = ref splits[node];
            node = row[split.Feature] <= split.Threshold ? split.Left : split.Right;
        }
        return _leaves[~node];
    }

    /// <summary>
    /// Scores <paramref name="count"/> pairs' rows laid end to end in <paramref name="rows"/> (<paramref name="width"/>
    /// numbers each): by <see cref="QuickScorer"/> (2.5 times the pairs per CPU-second of the walk for a county's
    /// model, decision 0092), or, for trees too big for it, tree by tree, so one tree's nodes stay in the cache while
    /// every row walks it. Each row's sum is added in tree order, in double, so the scores are exactly
    /// <see cref="Score(float[])"/>'s.
    /// </summary>
    public void ScoreRows(ReadOnlySpan<float> rows, int width, int count, Span<double> sums)
    {
        if (_odds is { } odds)
        {
            ScoreRowsByExpectedGain(rows, width, count, sums, odds);
            return;
        }
        if (_quick is not null)
        {
            _quick.ScoreRows(rows, width, count, sums);
            return;
        }
        sums[..count].Clear();
        foreach (var root in _pairRoots)
        {
            for (var i = 0; i < count; i++)
            {
                sums[i] += LeafReached(rows.Slice(i * width, width), root);
            }
        }
    }

    /// <summary>Each row's expected-gain score, from the trees' output for every outcome asked about, each as ML.NET gives it (in float).</summary>
    private void ScoreRowsByExpectedGain(ReadOnlySpan<float> rows, int width, int count, Span<double> scores, OutcomeOdds odds)
    {
        if (_quick is null)
        {
            int[] all = [_roots.Length];
            for (var i = 0; i < count; i++)
            {
                scores[i] = ScoreAtEachCount(rows.Slice(i * width, width), all)[0];
            }
            return;
        }
        var questions = _askedRoots.Length;
        var sums = count * questions > 1024 ? new double[count * questions] : stackalloc double[count * questions];
        _quick.ScoreRowsAsking(rows, width, count, sums);
        Span<float> logOdds = stackalloc float[questions];
        for (var i = 0; i < count; i++)
        {
            for (var a = 0; a < questions; a++)
            {
                logOdds[a] = (float)(_bias + sums[i * questions + a]);
            }
            scores[i] = ExpectedGain.Score(logOdds, odds);
        }
    }

    /// <summary>
    /// Adds to <paramref name="perFeature"/> how much each feature moved this pair's trees' output (Saabas): walking
    /// each tree, the change in expected value from a node to the child taken is credited to the node's feature. The
    /// model file keeps no counts of training rows per node, so a node's expected value is the mean of its two
    /// children's (decision 0047). Whatever the node values, a tree's root value plus its credits is the leaf reached,
    /// so the credits plus <see cref="Bias"/> are the score. Returns the bias (the sum of the roots' values).
    /// </summary>
    public double Contributions(float[] features, Span<double> perFeature)
    {
        if (_odds is { } odds)
        {
            return ContributionsToExpectedGain(features, perFeature, odds);
        }
        return SaabasContributions(features, perFeature);
    }

    /// <summary>
    /// Ranking by expected gain, each outcome's contributions (Saabas) weighted by how much the score moves with that
    /// outcome's output (<see cref="ExpectedGain.Slopes"/>): every weight is positive, so a feature credited with
    /// raising every outcome's chance raises the score. Returns what is left of the score (its "bias"), so the
    /// credits plus it are the score, as for one outcome.
    /// </summary>
    private double ContributionsToExpectedGain(float[] features, Span<double> perFeature, OutcomeOdds odds)
    {
        var questions = ExpectedGain.Asked.Length;
        var asking = (float[])features.Clone();
        var credits = new double[questions][];
        Span<float> logOdds = stackalloc float[questions];
        for (var a = 0; a < questions; a++)
        {
            asking[MatchFeatures.OutcomeThresholdIndex] = ExpectedGain.Asked[a];
            credits[a] = new double[perFeature.Length];
            logOdds[a] = (float)(_bias + SaabasContributions(asking, credits[a]) + credits[a].Sum());
        }
        Span<double> slopes = stackalloc double[questions];
        ExpectedGain.Slopes(logOdds, odds, slopes);
        var credited = 0.0;
        for (var i = 0; i < perFeature.Length; i++)
        {
            // The question asked belongs to no feature of the pair.
            if (i == MatchFeatures.OutcomeThresholdIndex)
            {
                continue;
            }
            var credit = 0.0;
            for (var a = 0; a < questions; a++)
            {
                credit += slopes[a] * credits[a][i];
            }
            perFeature[i] += credit;
            credited += credit;
        }
        return ExpectedGain.Score(logOdds, odds) - credited;
    }

    private double SaabasContributions(float[] features, Span<double> perFeature)
    {
        var bias = 0.0;
        foreach (var root in _roots)
        {
            var node = root;
            if (node < 0)
            {
                bias += _leaves[~node];
                continue;
            }
            var value = _nodeValue[node];
            bias += value;
            while (node >= 0)
            {
                var next = features[_feature[node]] <= _threshold[node] ? _left[node] : _right[node];
                var nextValue = next >= 0 ? _nodeValue[next] : _leaves[~next];
                perFeature[_feature[node]] += nextValue - value;
                (node, value) = (next, nextValue);
            }
        }
        return bias;
    }
}
