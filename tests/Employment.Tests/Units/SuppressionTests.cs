using Employment.Core.Statistics;

namespace Employment.Tests.Units;

public sealed class SuppressionTests
{
    [Theory]
    [InlineData(0, "fewer than 5")]
    [InlineData(1, "fewer than 5")]
    [InlineData(3, "fewer than 5")]
    [InlineData(4, "fewer than 5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1,235")]
    [InlineData(7, "5")]
    [InlineData(8, "10")]
    public void Count_HidesOneToFour(int count, string shown) => Assert.Equal(shown, Suppression.Count(count));

    [Theory]
    [InlineData(2, 100, "not shown")]
    [InlineData(98, 100, "not shown")]
    [InlineData(10, 3, "not shown")]
    [InlineData(10, 100, "10.0%")]
    public void Share_IsNotShownWhenItWouldRevealASmallCount(int numerator, int denominator, string shown) =>
        Assert.Equal(shown, Suppression.Share(numerator, denominator));
}
