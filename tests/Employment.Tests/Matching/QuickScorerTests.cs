using Employment.Matching.Training;

namespace Employment.Tests.Matching;

/// <summary>
/// QuickScorer finds the leaf a walk of each tree finds, on random trees of every size it takes, for values below,
/// on and above thresholds and missing ones, and it leaves trees with more than 64 leaves to the walk.
/// </summary>
public sealed class QuickScorerTests
{
    private const int Features = 5;

    [Theory]
    [InlineData(1, 40, QuickScorer.MostLeaves)]
    [InlineData(2, 40, 8)]
    [InlineData(3, 1_100, 16)]
    [InlineData(5, 300, 32)]
    [InlineData(6, 5_000, 8)]
    public void EachRowsSum_IsTheSumOfTheLeavesAWalkReaches(int seed, int trees, int mostLeaves)
    {
        var random = new Random(seed);
        // Small trees as small councils' fits have them, many of them as five such fits together, and big ones.
        var (roots, splits, leaves) = RandomForest(random, trees, mostLeaves);
        var scorer = QuickScorer.From(roots, splits, leaves, Features)!;
        // Rows are scored four at a time; 501 to 503 leave one to three over.
        var count = 500 + seed;
        // Values from the thresholds' own small set, so many land exactly on a threshold; some missing.
        var rows = Enumerable.Range(0, count * Features).Select(_ => random.Next(12) == 0 ? float.NaN : random.Next(-1, 9) * 0.5f).ToArray();
        var sums = new double[count];

        scorer.ScoreRows(rows, Features, count, sums);

        var walked = Enumerable.Range(0, count).Select(i => roots.Sum(root => leaves[~Walk(rows.AsSpan(i * Features, Features), root, splits)])).ToArray();
        Assert.Equal(walked, sums);
        Assert.True(walked.Distinct().Count() > count / 2, "The random trees should give the rows many different sums");
    }

    [Fact]
    public void ATreeWithMoreThan64Leaves_IsLeftToTheWalk()
    {
        var (roots, splits, leaves) = RandomForest(new Random(4), trees: 1, mostLeaves: 65, fewestLeaves: 65);

        Assert.Null(QuickScorer.From(roots, splits, leaves, Features));
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
