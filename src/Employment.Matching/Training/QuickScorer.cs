namespace Employment.Matching.Training;

/// <summary>
/// Finds the leaf every tree gives a row without walking the trees (QuickScorer: Lucchese et al., SIGIR 2015). Each
/// tree's leaves are numbered left to right and a row starts with every leaf of every tree possible, one bit each.
/// Every split whose test the row fails (its value is above the threshold, so it goes right) rules out the leaves on
/// the split's left; the leaf reached is the leftmost one left. The splits are kept by feature in threshold order,
/// so a row reads each feature's splits only until it meets one it passes: a few long, predictable loops over
/// memory read in order, in place of a walk that guesses wrong at about every other step.
/// </summary>
internal abstract class QuickScorer
{
    /// <summary>A tree with more leaves than bits in a mask is walked instead.</summary>
    public const int MostLeaves = 64;

    /// <summary>
    /// Trees of at most this many leaves are scored four rows at a time, the four rows' masks of a tree in one 64-bit
    /// word (<see cref="FourRowsQuickScorer"/>, decision 0098).
    /// </summary>
    public const int MostLeavesFourRowsAtOnce = FourRowsQuickScorer.LaneWidth;

    protected int TreeCount { get; }

    /// <summary>Where each feature's splits start in <see cref="Threshold"/> and <see cref="Tree"/>; they run to the next feature's start.</summary>
    protected int[] FeatureStart { get; }

    protected float[] Threshold { get; }
    protected int[] Tree { get; }

    /// <summary>Where each tree's leaves start in <see cref="LeafValue"/>, in left-to-right order.</summary>
    protected int[] LeafStart { get; }

    protected double[] LeafValue { get; }

    /// <summary>
    /// The feature that holds the outcome asked about, whose splits <see cref="ScoreRowsAsking"/> answers once for
    /// each question in <see cref="Asked"/> rather than from the row; −1 when the trees are a pair's walks.
    /// </summary>
    protected int AskedFeature { get; }

    /// <summary>The values of <see cref="AskedFeature"/> asked about, one score each a row.</summary>
    protected float[] Asked { get; }

    /// <summary>The trees with no split on <see cref="AskedFeature"/>: their leaf is the same whatever is asked.</summary>
    protected int[] PlainTrees { get; }

    /// <summary>The trees with a split on <see cref="AskedFeature"/>, in tree order.</summary>
    protected int[] AskingTrees { get; }

    /// <summary>For each question, each asking tree's leaves left possible by its answers to its asked splits (bit i is leaf i).</summary>
    protected ulong[][] AskedLeaves { get; }

    protected QuickScorer(int treeCount, int[] featureStart, Node[] ordered, int[] leafStart, double[] leafValue, int askedFeature, float[] asked)
    {
        (TreeCount, FeatureStart, Threshold, Tree, LeafStart, LeafValue, AskedFeature, Asked) =
            (treeCount, featureStart, ordered.Select(n => n.Threshold).ToArray(), ordered.Select(n => n.Tree).ToArray(), leafStart, leafValue, askedFeature, asked);
        var askedSplits = ordered.Where(n => n.Feature == askedFeature).ToList();
        AskingTrees = [.. askedSplits.Select(n => n.Tree).Distinct().Order()];
        PlainTrees = [.. Enumerable.Range(0, treeCount).Except(AskingTrees)];
        var askingIndex = AskingTrees.Select((tree, i) => (tree, i)).ToDictionary(x => x.tree, x => x.i);
        AskedLeaves = [.. asked.Select(value =>
        {
            var possible = Enumerable.Repeat(ulong.MaxValue, AskingTrees.Length).ToArray();
            // The question goes right at every split whose threshold it is above, which rules out that split's left.
            foreach (var split in askedSplits.Where(n => value > n.Threshold))
            {
                possible[askingIndex[split.Tree]] &= ~split.LeftLeaves;
            }
            return possible;
        })];
        AskingGroups = [.. Enumerable.Range(0, AskingTrees.Length)
            .GroupBy(i => string.Join(',', SegmentOfEachQuestion(i)))
            .Select(group =>
            {
                var members = group.ToArray();
                var segmentOf = SegmentOfEachQuestion(members[0]);
                var firstQuestionOf = Enumerable.Range(0, segmentOf.Max() + 1).Select(segment => Array.IndexOf(segmentOf, segment)).ToArray();
                return new AskingGroup([.. members.Select(i => AskingTrees[i])],
                    [.. firstQuestionOf.Select(question => members.Select(i => AskedLeaves[question][i]).ToArray())], segmentOf);
            })];
    }

    /// <summary>
    /// Asking trees that split the questions alike: for each run of questions whose answers leave an asking tree the
    /// same leaves (<see cref="Answers"/>, one word a tree), its leaf is found once. A tree whose only split on the
    /// outcome lies between an offer and a start finds two leaves a row, not four.
    /// </summary>
    protected sealed record AskingGroup(int[] Trees, ulong[][] Answers, int[] SegmentOf);

    /// <summary>The groups of <see cref="AskingTrees"/>, by which questions share their answers.</summary>
    protected AskingGroup[] AskingGroups { get; }

    /// <summary>For asking tree <paramref name="i"/>, each question's run of questions with the same answers (0, 1, …).</summary>
    private int[] SegmentOfEachQuestion(int i)
    {
        var segments = new int[Asked.Length];
        for (var a = 1; a < Asked.Length; a++)
        {
            segments[a] = segments[a - 1] + (AskedLeaves[a][i] == AskedLeaves[a - 1][i] ? 0 : 1);
        }
        return segments;
    }

    /// <summary>One split as QuickScorer keeps it: its test, its tree, and the leaves on its left (bit i is the tree's leaf i).</summary>
    internal readonly record struct Node(int Feature, float Threshold, int Tree, ulong LeftLeaves);

    /// <summary>
    /// The trees given by <paramref name="roots"/> over <paramref name="splits"/> (a child is a split index, or ~ a
    /// leaf index into <paramref name="leaves"/>), or null when a tree has more than <see cref="MostLeaves"/> leaves.
    /// With <paramref name="askedFeature"/>, the trees keep their splits on it, and <see cref="ScoreRowsAsking"/> scores
    /// each row once for each value of it in <paramref name="asked"/>.
    /// </summary>
    public static QuickScorer? From(int[] roots, IReadOnlyList<TreeSplit> splits, double[] leaves, int featureCount, int askedFeature = -1, float[]? asked = null)
    {
        var nodes = new List<Node>(splits.Count);
        var leafStart = new int[roots.Length];
        var leafValue = new List<double>();
        var mostLeaves = 1;
        for (var t = 0; t < roots.Length; t++)
        {
            leafStart[t] = leafValue.Count;
            var tooMany = false;
            // Returns the first leaf (numbered within the tree) and the number of leaves under node.
            (int First, int Count) Number(int node)
            {
                if (node < 0)
                {
                    leafValue.Add(leaves[~node]);
                    return (leafValue.Count - 1 - leafStart[t], 1);
                }
                var split = splits[node];
                var left = Number(split.Left);
                var right = Number(split.Right);
                var count = left.Count + right.Count;
                if (count > MostLeaves)
                {
                    tooMany = true;
                    return (left.First, count);
                }
                // left.Count is below 64 here: the right holds at least one leaf.
                nodes.Add(new Node(split.Feature, split.Threshold, t, ((1UL << left.Count) - 1) << left.First));
                return (left.First, count);
            }
            mostLeaves = Math.Max(mostLeaves, Number(roots[t]).Count);
            if (tooMany)
            {
                return null;
            }
        }
        // Within a feature the splits go in threshold order; a stable sort keeps ties in tree order (ties are
        // failed or passed together, so their order cannot change a leaf).
        var ordered = nodes.Select((n, i) => (n, i)).OrderBy(x => x.n.Feature).ThenBy(x => x.n.Threshold).ThenBy(x => x.i).Select(x => x.n).ToArray();
        var featureStart = new int[featureCount + 1];
        foreach (var node in ordered)
        {
            featureStart[node.Feature + 1]++;
        }
        for (var f = 0; f < featureCount; f++)
        {
            featureStart[f + 1] += featureStart[f];
        }
        return mostLeaves <= MostLeavesFourRowsAtOnce && ordered.All(n => float.IsFinite(n.Threshold))
            ? new FourRowsQuickScorer(roots.Length, featureStart, ordered, leafStart, [.. leafValue], askedFeature, asked ?? [])
            : new RowByRowQuickScorer(roots.Length, featureStart, ordered, leafStart, [.. leafValue], askedFeature, asked ?? []);
    }

    /// <summary>
    /// Scores <paramref name="count"/> rows laid end to end in <paramref name="rows"/>: each row's sum of its trees'
    /// leaves, added in tree order in double, exactly as a walk adds them.
    /// </summary>
    public abstract void ScoreRows(ReadOnlySpan<float> rows, int width, int count, Span<double> sums);

    /// <summary>
    /// Scores each row once for each value of <see cref="AskedFeature"/> in <see cref="Asked"/>: row i's sum for
    /// question a goes to sums[i × questions + a]. Every other feature's splits are read once a row, the plain trees'
    /// leaves added once, and the asking trees' once a question (four rows at once: once for each run of questions
    /// they answer alike; decision 0099). Each sum adds the plain trees' leaves first, not in tree order: the same as
    /// a walk's to within the rounding of that order.
    /// </summary>
    public abstract void ScoreRowsAsking(ReadOnlySpan<float> rows, int width, int count, Span<double> sums);
}
