using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Employment.Matching.Training;

/// <summary>
/// <see cref="QuickScorer"/> four rows at a time, for trees of at most 16 leaves (a county's and a small council's,
/// decision 0098). A tree's masks for the four rows share one 64-bit word, 16 bits a row, and each split is read once
/// for all four: one comparison of the four rows' values gives the rows that fail it, and one AND clears its left
/// leaves in just their lanes. A feature's splits are read until all four rows pass one, which is a little further
/// than one row goes but a quarter of the reading, the clearing and the loops' ends the processor must guess.
/// </summary>
internal sealed class FourRowsQuickScorer : QuickScorer
{
    /// <summary>The bits a row's lane has in the 64-bit word of a tree's four masks: the most leaves a tree may have here.</summary>
    public const int LaneWidth = 16;

    private const int Rows = 4;

    /// <summary>Every bit of one row's lane.</summary>
    private const ulong OneLane = (1UL << LaneWidth) - 1;

    /// <summary>The lowest bit of every row's lane: a lane's mask times this is that mask in all four lanes.</summary>
    private static readonly ulong LowestBitOfEachLane = Enumerable.Range(0, Rows).Aggregate(0UL, (bits, r) => bits | 1UL << (LaneWidth * r));

    /// <summary>For each set of the four rows failing a split (bit r for row r), the lanes the split's leaves are cleared in.</summary>
    private static readonly ulong[] LanesOf = Enumerable.Range(0, 1 << Rows)
        .Select(failing => Enumerable.Range(0, Rows).Where(r => (failing >> r & 1) != 0).Aggregate(0UL, (lanes, r) => lanes | OneLane << (LaneWidth * r)))
        .ToArray();

    /// <summary>The leaves on each split's left, in all four rows' lanes.</summary>
    private readonly ulong[] _leftLeaves;

    /// <summary>Each <see cref="QuickScorer.AskingGroups"/>' answers in all four rows' lanes.</summary>
    private readonly ulong[][][] _answerLanes;

    public FourRowsQuickScorer(int treeCount, int[] featureStart, Node[] ordered, int[] leafStart, double[] leafValue, int askedFeature, float[] asked)
        : base(treeCount, featureStart, ordered, leafStart, leafValue, askedFeature, asked)
    {
        _leftLeaves = ordered.Select(n => n.LeftLeaves * LowestBitOfEachLane).ToArray();
        _answerLanes = [.. AskingGroups.Select(group => group.Answers.Select(run => run.Select(leaves => (leaves & OneLane) * LowestBitOfEachLane).ToArray()).ToArray())];
    }

    public override void ScoreRows(ReadOnlySpan<float> rows, int width, int count, Span<double> sums)
    {
        var trees = TreeCount;
        var rented = trees > 2048 ? ArrayPool<ulong>.Shared.Rent(trees) : null;
        var possible = rented is null ? stackalloc ulong[trees] : rented.AsSpan(0, trees);
        Span<double> four = stackalloc double[Rows];
        try
        {
            for (var first = 0; first < count; first += Rows)
            {
                var together = Math.Min(Rows, count - first);
                RuleOut(rows.Slice(first * width, together * width), width, together, possible);
                AddLeaves(possible, four);
                four[..together].CopyTo(sums.Slice(first, together));
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
        var rented = trees > 2048 ? ArrayPool<ulong>.Shared.Rent(trees) : null;
        var possible = rented is null ? stackalloc ulong[trees] : rented.AsSpan(0, trees);
        Span<double> four = stackalloc double[Rows];
        var questions = Asked.Length;
        Span<double> bySegment = stackalloc double[Rows * questions];
        try
        {
            for (var first = 0; first < count; first += Rows)
            {
                var together = Math.Min(Rows, count - first);
                RuleOut(rows.Slice(first * width, together * width), width, together, possible);
                AddLeaves(possible, PlainTrees, null, four);
                for (var r = 0; r < together; r++)
                {
                    sums.Slice((first + r) * questions, questions).Fill(four[r]);
                }
                for (var g = 0; g < AskingGroups.Length; g++)
                {
                    var (group, answers) = (AskingGroups[g], _answerLanes[g]);
                    for (var run = 0; run < answers.Length; run++)
                    {
                        AddLeaves(possible, group.Trees, answers[run], bySegment.Slice(run * Rows, Rows));
                    }
                    for (var r = 0; r < together; r++)
                    {
                        for (var a = 0; a < questions; a++)
                        {
                            sums[(first + r) * questions + a] += bySegment[group.SegmentOf[a] * Rows + r];
                        }
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

    /// <summary>Each row's sum of the leftmost leaf left in its lane of each of <paramref name="trees"/>' words, with <paramref name="answers"/> (one word a tree) applied first.</summary>
    private void AddLeaves(ReadOnlySpan<ulong> possible, int[] trees, ulong[]? answers, Span<double> sums)
    {
        var (leafStart, leafValue) = (LeafStart, LeafValue);
        double sumA = 0, sumB = 0, sumC = 0, sumD = 0;
        for (var i = 0; i < trees.Length; i++)
        {
            var t = trees[i];
            var (start, lanes) = (leafStart[t], answers is null ? possible[t] : possible[t] & answers[i]);
            sumA += leafValue[start + BitOperations.TrailingZeroCount(lanes)];
            sumB += leafValue[start + BitOperations.TrailingZeroCount(lanes >> LaneWidth)];
            sumC += leafValue[start + BitOperations.TrailingZeroCount(lanes >> (2 * LaneWidth))];
            sumD += leafValue[start + BitOperations.TrailingZeroCount(lanes >> (3 * LaneWidth))];
        }
        (sums[0], sums[1], sums[2], sums[3]) = (sumA, sumB, sumC, sumD);
    }

    /// <summary>Clears, in each row's lane of each tree's word, the leaves every split the row fails rules out.</summary>
    private void RuleOut(ReadOnlySpan<float> rows, int width, int together, Span<ulong> possible)
    {
        var (threshold, tree, leftLeaves, featureStart, lanesOf) = (Threshold, Tree, _leftLeaves, FeatureStart, LanesOf);
        possible.Fill(ulong.MaxValue);
        for (var f = 0; f + 1 < featureStart.Length; f++)
        {
            var (k, end) = (featureStart[f], featureStart[f + 1]);
            if (k == end || f == AskedFeature)
            {
                continue;
            }
            var values = Vector128.Create(Value(rows, width, together, 0, f), Value(rows, width, together, 1, f),
                Value(rows, width, together, 2, f), Value(rows, width, together, 3, f));
            var highest = MathF.Max(MathF.Max(values[0], values[1]), MathF.Max(values[2], values[3]));
            for (; k < end && highest > threshold[k]; k++)
            {
                var failing = Vector128.GreaterThan(values, Vector128.Create(threshold[k])).ExtractMostSignificantBits();
                possible[tree[k]] &= ~(leftLeaves[k] & lanesOf[failing]);
            }
        }
    }

    /// <summary>
    /// Row <paramref name="r"/>'s value of feature <paramref name="f"/> as the comparison takes it: a missing value
    /// goes right at every split, as in the walk, so it is above every (finite) threshold; a row past the last passes
    /// them all.
    /// </summary>
    private static float Value(ReadOnlySpan<float> rows, int width, int together, int r, int f)
    {
        if (r >= together)
        {
            return float.NegativeInfinity;
        }
        var value = rows[r * width + f];
        return float.IsNaN(value) ? float.PositiveInfinity : value;
    }

    /// <summary>Each row's sum, in tree order, of the leftmost leaf left in its lane of each tree's word (no lane is ever empty).</summary>
    private void AddLeaves(ReadOnlySpan<ulong> possible, Span<double> sums)
    {
        var (leafStart, leafValue) = (LeafStart, LeafValue);
        double sumA = 0, sumB = 0, sumC = 0, sumD = 0;
        for (var t = 0; t < possible.Length; t++)
        {
            var (start, lanes) = (leafStart[t], possible[t]);
            sumA += leafValue[start + BitOperations.TrailingZeroCount(lanes)];
            sumB += leafValue[start + BitOperations.TrailingZeroCount(lanes >> LaneWidth)];
            sumC += leafValue[start + BitOperations.TrailingZeroCount(lanes >> (2 * LaneWidth))];
            sumD += leafValue[start + BitOperations.TrailingZeroCount(lanes >> (3 * LaneWidth))];
        }
        (sums[0], sums[1], sums[2], sums[3]) = (sumA, sumB, sumC, sumD);
    }
}
