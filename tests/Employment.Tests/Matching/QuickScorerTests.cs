using Employment.Matching.Training;

namespace Employment.Tests.Matching;

/// <summary>
/// QuickScorer finds the leaf a walk of each tree finds, on random trees of every size it takes, for values below,
/// on and above thresholds and missing ones, and it leaves trees with more than 64 leaves to the walk. Trees of up to
/// 16 leaves are scored four rows at a time, bigger ones row by row (decision 0098); both must give the walk's sums.
/// </summary>
public sealed class QuickScorerTests
{
    private const int Features = 5;

    [Theory]
    [InlineData(1, 40, QuickScorer.MostLeaves, 1)]
    [InlineData(5, 40, 8, 1)]
    [InlineData(3, 1_100, 16, 1)]
    [InlineData(2, 300, 32, 1)]
    [InlineData(8, 5_000, 8, 1)]
    [InlineData(10, 60, 4, 1)]
    [InlineData(7, 1_200, QuickScorer.MostLeavesFourRowsAtOnce, QuickScorer.MostLeavesFourRowsAtOnce)]
    [InlineData(9, 200, QuickScorer.MostLeavesFourRowsAtOnce + 1, QuickScorer.MostLeavesFourRowsAtOnce + 1)]
    public void EachRowsSum_IsTheSumOfTheLeavesAWalkReaches(int seed, int trees, int mostLeaves, int fewestLeaves)
    {
        var random = new Random(seed);
        // Small trees as small councils' fits have them, many of them as five such fits together, and big ones.
        var (roots, splits, leaves) = RandomForest(random, trees, mostLeaves, fewestLeaves);
        var scorer = QuickScorer.From(roots, splits, leaves, Features)!;
        Assert.IsType(mostLeaves <= QuickScorer.MostLeavesFourRowsAtOnce ? typeof(FourRowsQuickScorer) : typeof(RowByRowQuickScorer), scorer);
        // Rows are scored four at a time; the seeds leave none to three over.
        var count = 500 + seed;
        // Values from the thresholds' own small set, so many land exactly on a threshold; some missing.
        var rows = Enumerable.Range(0, count * Features).Select(_ => random.Next(12) == 0 ? float.NaN : random.Next(-1, 9) * 0.5f).ToArray();
        var sums = new double[count];

        scorer.ScoreRows(rows, Features, count, sums);

        var walked = Enumerable.Range(0, count).Select(i => roots.Sum(root => leaves[~Walk(rows.AsSpan(i * Features, Features), root, splits)])).ToArray();
        Assert.Equal(walked, sums);
        Assert.True(walked.Distinct().Count() > count / 2, "The random trees should give the rows many different sums");
    }

    [Theory]
    [InlineData(11, 900, QuickScorer.MostLeavesFourRowsAtOnce)]
    [InlineData(12, 200, 32)]
    public void AskingEachQuestion_GivesTheSumsOfAWalkWithTheAskedFeatureSetToIt(int seed, int trees, int mostLeaves)
    {
        // Ranking by expected gain (decision 0099) scores each row once for each outcome asked about.
        const int askedFeature = 2;
        float[] asked = [-1, 0.5f, 1.25f, 3];
        var random = new Random(seed);
        var (roots, splits, leaves) = RandomForest(random, trees, mostLeaves);
        var scorer = QuickScorer.From(roots, splits, leaves, Features, askedFeature, asked)!;
        Assert.IsType(mostLeaves <= QuickScorer.MostLeavesFourRowsAtOnce ? typeof(FourRowsQuickScorer) : typeof(RowByRowQuickScorer), scorer);
        var count = 301;
        var rows = Enumerable.Range(0, count * Features).Select(_ => random.Next(12) == 0 ? float.NaN : random.Next(-1, 9) * 0.5f).ToArray();
        var sums = new double[count * asked.Length];

        scorer.ScoreRowsAsking(rows, Features, count, sums);

        var walked = Enumerable.Range(0, count).SelectMany(i => asked.Select(value =>
        {
            var row = rows.AsSpan(i * Features, Features).ToArray();
            row[askedFeature] = value;
            return roots.Sum(root => leaves[~Walk(row, root, splits)]);
        })).ToArray();
        // The plain trees are added before the asking ones, so a sum may differ from the walk's in its last bits.
        Assert.All(Enumerable.Range(0, walked.Length), i => Assert.Equal(walked[i], sums[i], 1e-9));
        Assert.True(Enumerable.Range(0, count).Count(i => walked[i * asked.Length] != walked[i * asked.Length + 3]) > count / 2,
            "The asked feature should change most rows' sums");
    }

    [Fact]
    public void ATreeWithMoreThan64Leaves_IsLeftToTheWalk()
    {
        var (roots, splits, leaves) = RandomForest(new Random(4), trees: 1, mostLeaves: 65, fewestLeaves: 65);

        Assert.Null(QuickScorer.From(roots, splits, leaves, Features));
    }

    [Theory]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void AThresholdThatIsNotFinite_IsScoredRowByRow_AsTheWalkWouldGo(float threshold)
    {
        // Four rows at once treat a missing value as above every threshold, which only a finite one is sure to be.
        var splits = new List<TreeSplit> { new(0, threshold, ~0, ~1), new(1, 0.5f, ~2, ~3) };
        var scorer = QuickScorer.From([0, 1], splits, [1, 2, 4, 8], Features)!;
        float[] rows = [float.NaN, 0, 0, 0, 0, float.PositiveInfinity, 1, 0, 0, 0, -1, float.NaN, 0, 0, 0];
        var sums = new double[3];

        scorer.ScoreRows(rows, Features, 3, sums);

        Assert.IsType<RowByRowQuickScorer>(scorer);
        Assert.Equal(Enumerable.Range(0, 3).Select(i => new[] { 0, 1 }.Sum(root => new[] { 1.0, 2, 4, 8 }[~Walk(rows.AsSpan(i * Features, Features), root, splits)])), sums);
    }

    [Fact]
    public void ATreeThatNeverSplit_GivesItsOneLeaf()
    {
        var scorer = QuickScorer.From([~0, ~1], [], [0.25, 0.5], Features)!;
        var sums = new double[1];

        scorer.ScoreRows(new float[Features], Features, 1, sums);

        Assert.Equal(0.75, sums[0]);
    }

    private static int Walk(ReadOnlySpan<float> row, int node, IReadOnlyList<TreeSplit> splits)
    {
        while (node >= 0)
        {
            node = row[splits[node].Feature] <= splits[node].Threshold ? splits[node].Left : splits[node].Right;
        }
        return node;
    }

    /// <summary>Trees grown by splitting a random leaf until each has its number of leaves, thresholds on a half-step grid.</summary>
    private static (int[] Roots, List<TreeSplit> Splits, double[] Leaves) RandomForest(Random random, int trees, int mostLeaves, int fewestLeaves = 1)
    {
        var roots = new int[trees];
        var splits = new List<TreeSplit>();
        var leaves = new List<double>();
        for (var t = 0; t < trees; t++)
        {
            var leafCount = random.Next(fewestLeaves, mostLeaves + 1);
            // Each open leaf is (the split that points at it, whether on its left), or (-1, _) for the root.
            var open = new List<(int Parent, bool Left)> { (-1, false) };
            for (var grown = 1; grown < leafCount; grown++)
            {
                var (parent, left) = open[random.Next(open.Count)];
                open.Remove((parent, left));
                var index = splits.Count;
                splits.Add(new TreeSplit(random.Next(Features), random.Next(0, 8) * 0.5f, 0, 0));
                Attach(parent, left, index);
                open.Add((index, true));
                open.Add((index, false));
            }
            foreach (var (parent, left) in open)
            {
                Attach(parent, left, ~leaves.Count);
                leaves.Add(Math.Round(random.NextDouble() - 0.5, 6));
            }
            continue;

            void Attach(int parent, bool left, int child)
            {
                if (parent < 0)
                {
                    roots[t] = child;
                }
                else
                {
                    splits[parent] = left ? splits[parent] with { Left = child } : splits[parent] with { Right = child };
                }
            }
        }
        return (roots, splits, [.. leaves]);
    }
}
