using System.Buffers;
using System.Numerics;

namespace Employment.Matching.Training;

/// <summary>
/// <see cref="QuickScorer"/> one row at a time, with a 64-bit mask a tree: for trees of more leaves than
/// <see cref="FourRowsQuickScorer"/> takes.
/// </summary>
internal sealed class RowByRowQuickScorer : QuickScorer
{
    /// <summary>The leaves each split's failure leaves possible: every bit but those of its left.</summary>
    private readonly ulong[] _mask;

    public RowByRowQuickScorer(int treeCount, int[] featureStart, Node[] ordered, int[] leafStart, double[] leafValue, int askedFeature, float[] asked)
        : base(treeCount, featureStart, ordered, leafStart, leafValue, askedFeature, asked) =>
        _mask = ordered.Select(n => ~n.LeftLeaves).ToArray();

    /// <summary>
    /// Rows whose leaves are added up together: each row's sum is still added in tree order, but the sums of four rows
    /// are four chains the processor can add side by side, where one row's thousands of additions wait on each other.
    /// </summary>
    private const int RowsTogether = 4;

    /// <summary>
    /// Scores <paramref name="count"/> rows laid end to end in <paramref name="rows"/>: each row's sum of its trees'
    /// leaves, added in tree order in double, exactly as a walk adds them.
    /// </summary>
    public override void ScoreRows(ReadOnlySpan<float> rows, int width, int count, Span<double> sums)
    {
        var trees = TreeCount;
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

    public override void ScoreRowsAsking(ReadOnlySpan<float> rows, int width, int count, Span<double> sums)
    {
        var trees = TreeCount;
        var rented = trees > 4096 ? ArrayPool<ulong>.Shared.Rent(trees) : null;
        var possible = rented is null ? stackalloc ulong[trees] : rented.AsSpan(0, trees);
        var questions = Asked.Length;
        try
        {
            for (var i = 0; i < count; i++)
            {
                RuleOut(rows.Slice(i * width, width), possible);
                var plain = 0.0;
                foreach (var t in PlainTrees)
                {
                    plain += LeafValue[LeafStart[t] + BitOperations.TrailingZeroCount(possible[t])];
                }
                for (var a = 0; a < questions; a++)
                {
                    var (sum, answers) = (plain, AskedLeaves[a]);
                    for (var k = 0; k < AskingTrees.Length; k++)
                    {
                        var t = AskingTrees[k];
                        sum += LeafValue[LeafStart[t] + BitOperations.TrailingZeroCount(possible[t] & answers[k])];
                    }
                    sums[i * questions + a] = sum;
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
        var (threshold, tree, mask, featureStart) = (Threshold, Tree, _mask, FeatureStart);
        possible.Fill(ulong.MaxValue);
        for (var f = 0; f + 1 < featureStart.Length; f++)
        {
            if (f == AskedFeature)
            {
                continue;
            }
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
            sum += LeafValue[LeafStart[t] + BitOperations.TrailingZeroCount(possible[t])];
        }
        return sum;
    }

    /// <summary><see cref="AddLeaves"/> for four rows' masks laid end to end, in one pass over the trees.</summary>
    private void AddLeavesOfFour(ReadOnlySpan<ulong> possible, Span<double> sums)
    {
        var trees = TreeCount;
        var a = possible[..trees];
        var b = possible.Slice(trees, trees);
        var c = possible.Slice(2 * trees, trees);
        var d = possible.Slice(3 * trees, trees);
        var (leafStart, leafValue) = (LeafStart, LeafValue);
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
