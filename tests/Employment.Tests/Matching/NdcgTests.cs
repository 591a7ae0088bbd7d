using Employment.Matching.Training;

namespace Employment.Tests.Matching;

public sealed class NdcgTests
{
    [Fact]
    public void TheIdealOrder_Is1()
    {
        Assert.Equal(1, Ndcg.At(10, [4, 3, 1, 0]), 9);
    }

    [Fact]
    public void AKnownList_MatchesTheHandWorkedFigure()
    {
        // DCG = (2^0-1)/1 + (2^3-1)/log2(3) + (2^1-1)/2 = 7/1.58496 + 0.5; ideal = 7 + 1/1.58496.
        var expected = (7 / Math.Log2(3) + 0.5) / (7 + 1 / Math.Log2(3));

        Assert.Equal(expected, Ndcg.At(10, [0, 3, 1]), 9);
    }

    [Fact]
    public void OnlyTheTopK_Count()
    {
        Assert.Equal(0, Ndcg.At(2, [0, 0, 4]), 9);
    }

    [Fact]
    public void Scores_AreSortedHighestFirst()
    {
        Assert.Equal(1, Ndcg.At(5, [0, 2, 4], [0.1f, 0.5f, 0.9f]), 9);
    }

    [Fact]
    public void TheMean_LeavesOutGroupsEveryOrderScoresTheSame()
    {
        var groups = new (IReadOnlyList<int>, IReadOnlyList<float>)[]
        {
            ([0, 4], [1f, 0f]),
            ([3], [1f]),
            ([0, 0], [1f, 0f]),
            ([2, 2], [1f, 0f]),
        };

        Assert.Equal(Ndcg.At(10, [0, 4]), Ndcg.Mean(10, groups), 9);
    }
}
