using System.Buffers;
using System.Numerics;

namespace Employment.Matching.Training;

/// <summary>
/// Finds the leaf every tree gives a row without walking the trees (QuickScorer: Lucchese et al., SIGIR 2015). Each
/// tree's leaves are numbered left to right and a row starts with every leaf of every tree possible, one bit each.
/// Every split whose test the row fails (its value is above the threshold, so it goes right) rules out the leaves on
/// the split's left; the leaf reached is the leftmost one left. The splits are kept by feature in threshold order,
/// so a row reads each feature's splits only until it meets one it passes: a few long, predictable loops over
/// memory read in order, in place of a walk that guesses wrong at about every other step.
/// </summary>
internal sealed class QuickScorer
{
    /// <summary>A tree with more leaves than bits in a mask is walked instead.</summary>
    public const int MostLeaves = 64;

    private readonly int _treeCount;
    private readonly int[] _featureStart;
    private readonly float[] _threshold;
    private readonly int[] _tree;
    private readonly ulong[] _mask;

    /// <summary>Where each tree's leaves start in <see cref="_leafValue"/>, in left-to-right order.</summary>
    private readonly int[] _leafStart;
    private readonly double[] _leafValue;

    private QuickScorer(int treeCount, int[] featureStart, float[] threshold, int[] tree, ulong[] mask, int[] leafStart, double[] leafValue) =>
        (_treeCount, _featureStart, _threshold, _tree, _mask, _leafStart, _leafValue) = (treeCount, featureStart, threshold, tree, mask, leafStart, leafValue);

    /// <summary>
    /// The trees given by <paramref name="roots"/> over <paramref name="splits"/> (a child is a split index, or ~ a
    /// leaf index into <paramref name="leaves"/>), or null when a tree has more than <see cref="MostLeaves"/> leaves.
    /// </summary>
    public static QuickScorer? From(int[] roots, IReadOnlyList<TreeSplit> splits, double[] leaves, int featureCount)
    {
        var nodes = new List<(int Feature, float Threshold, int Tree, ulong Mask)>(splits.Count);
        var leafStart = new int[roots.Length];
        var leafValue = new List<double>();
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
                var leftLeaves = ((1UL << left.Count) - 1) << left.First;
                nodes.Add((split.Feature, split.Threshold, t, ~leftLeaves));
                return (left.First, count);
            }
            Number(roots[t]);
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
        return new QuickScorer(roots.Length, featureStart, ordered.Select(n => n.Threshold).ToArray(), ordered.Select(n => n.Tree).ToArray(),
            ordered.Select(n => n.Mask).ToArray(), leafStart, [.. leafValue]);
    }

    /// <summary>
    /// Rows whose leaves are added up together: each row's sum is still added in tree order, but the sums of four rows
    /// are four chains the processor can add side by side, where one row's thousands of additions wait on each other.
    /// </summary>
    private const int RowsTogether = 4;

    /// <summary>
    /// Scores <paramref name="count"/> rows laid end to end in <paramref name="rows"/>: each row's sum of its trees'
    /// leaves, added in tree order in double, exactly as a walk adds them.
    /// </summary>
    public void ScoreRows(ReadOnlySpan<float> rows, int width, int count, Span<double> sums)
    {
        var trees = _treeCount;
        var rented = trees * RowsTogether > 4096 ? ArrayPool<ulong>.Shared.Rent(trees * RowsTogether) : null;
        var possible = rented is null ? stackalloc ulong[trees * RowsTogether] : rented.AsSpan(0, trees * RowsTogether);
        try
        {
            for (var first = 0; first < count; first += RowsTogether)
            {
                var together = Math.Min(RowsTogether, count - first);
                for (var r = 0; r < together; r++)
                {
                    RuleOut(rows.Slice((first + r) * width, width), possible.Slice(r * trees, trees));
                }
                if (together == RowsTogether)
                {
                    AddLeavesOfFour(possible, sums.Slice(first, RowsTogether));
                }
                else
                {
                    for (var r = 0; r < together; r++)
                    {
                        sums[first + r] = AddLeaves(possible.Slice(r * trees, trees));
                    }
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Clears, in each tree's mask, the leaves every split the row fails rules out.</summary>
    private void RuleOut(ReadOnlySpan<float> row, Span<ulong> possible)
    {
        var (threshold, tree, mask, featureStart) = (_threshold, _tree, _mask, _featureStart);
        possible.Fill(ulong.MaxValue);
        for (var f = 0; f + 1 < featureStart.Length; f++)
        {
            var (k, end) = (featureStart[f], featureStart[f + 1]);
            var value = row[f];
            if (float.IsNaN(value))
            {
                // A missing value goes right at every split, as in the walk: it fails them all.
                for (; k < end; k++)
                {
                    possible[tree[k]] &= mask[k];
                }
                continue;
            }
            for (; k < end && value > threshold[k]; k++)
            {
                possible[tree[k]] &= mask[k];
            }
        }
    }

    /// <summary>The sum, in tree order, of the leftmost leaf left in each tree's mask.</summary>
    private double AddLeaves(ReadOnlySpan<ulong> possible)
    {
        var sum = 0.0;
        for (var t = 0; t < possible.Length; t++)
        {
            sum += _leafValue[_leafStart[t] + BitOperations.TrailingZeroCount(possible[t])];
        }
        return sum;
    }

    /// <summary><see cref="AddLeaves"/> for four rows' masks laid end to end, in one pass over the trees.</summary>
    private void AddLeavesOfFour(ReadOnlySpan<ulong> possible, Span<double> sums)
    {
        var trees = _treeCount;
        var a = possible[..trees];
        var b = possible.Slice(trees, trees);
        var c = possible.Slice(2 * trees, trees);
        var d = possible.Slice(3 * trees, trees);
        var (leafStart, leafValue) = (_leafStart, _leafValue);
        double sumA = 0, sumB = 0, sumC = 0, sumD = 0;
        for (var t = 0; t < trees; t++)
        {
            var start = leafStart[t];
            sumA += leafValue[start + BitOperations.TrailingZeroCount(a[t])];
            sumB += leafValue[start + BitOperations.TrailingZeroCount(b[t])];
            sumC += leafValue[start + BitOperations.TrailingZeroCount(c[t])];
            sumD += leafValue[start + BitOperations.TrailingZeroCount(d[t])];
        }
        (sums[0], sums[1], sums[2], sums[3]) = (sumA, sumB, sumC, sumD);
    }
}
