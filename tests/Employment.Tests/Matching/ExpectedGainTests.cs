using Employment.Matching.Training;

namespace Employment.Tests.Matching;

/// <summary>
/// Ranking by expected gain (decision 0099): the score orders pairs as NDCG's expected gain from the four outcomes'
/// chances does, and its slopes, which weigh each outcome's contributions into the reasons, are its own.
/// </summary>
public sealed class ExpectedGainTests
{
    /// <summary>ML.NET's calibration of LightGbm's logistic loss: P = 1 / (1 + e^(−0.5 × output)).</summary>
    private static readonly OutcomeOdds Odds = new(-0.5, 0);

    private static double Chance(float output) => 1 / (1 + Math.Exp(Odds.Slope * output + Odds.Offset));

    /// <summary>NDCG's gain for grade g is 2^g − 1: Σ over grades 1–4 of P(reached g) × (2^g − 1 − (2^(g−1) − 1)).</summary>
    private static double Expected(float[] logOdds) => logOdds.Select((o, k) => Chance(o) * Math.Pow(2, k)).Sum();

    [Fact]
    public void TheScore_OrdersPairsAsTheirExpectedGainDoes()
    {
        var random = new Random(3);
        var pairs = Enumerable.Range(0, 2_000).Select(_ => Enumerable.Range(0, 4).Select(_ => (float)(random.NextDouble() * 16 - 8)).ToArray()).ToList();

        var byScore = pairs.OrderBy(p => ExpectedGain.Score(p, Odds)).ToList();

        Assert.Equal(pairs.OrderBy(Expected), byScore);
    }

    [Fact]
    public void APairLikelierToLast_RanksAboveOneLikelierOnlyToBeOffered()
    {
        // Interviewed, offered, started, sustained: the first is offered more often, the second lasts more often.
        float[] offeredOften = [6, 4, -2, -4];
        float[] lastsOften = [3, 1, 0.5f, 0];

        Assert.True(Chance(offeredOften[1]) > Chance(lastsOften[1]));
        Assert.True(ExpectedGain.Score(lastsOften, Odds) > ExpectedGain.Score(offeredOften, Odds));
    }

    [Fact]
    public void PairsCertainOfEveryOutcome_StillKeepTheirOrder()
    {
        // In float the expected gain of both would be exactly 15; the score keeps them apart.
        Assert.True(ExpectedGain.Score([60, 58, 56, 54], Odds) > ExpectedGain.Score([60, 58, 56, 53], Odds));
    }

    [Fact]
    public void TheSlopes_AreHowTheScoreMovesWithEachOutcomesOutput_AndArePositive()
    {
        var random = new Random(4);
        for (var trial = 0; trial < 200; trial++)
        {
            var logOdds = Enumerable.Range(0, 4).Select(_ => (float)(random.NextDouble() * 12 - 6)).ToArray();
            var slopes = new double[4];

            ExpectedGain.Slopes(logOdds, Odds, slopes);

            for (var k = 0; k < 4; k++)
            {
                var (up, down) = ((float[])logOdds.Clone(), (float[])logOdds.Clone());
                up[k] += 0.01f;
                down[k] -= 0.01f;
                var numeric = (ExpectedGain.Score(up, Odds) - ExpectedGain.Score(down, Odds)) / (up[k] - down[k]);
                Assert.True(slopes[k] > 0);
                Assert.Equal(numeric, slopes[k], 4);
            }
        }
    }
}
