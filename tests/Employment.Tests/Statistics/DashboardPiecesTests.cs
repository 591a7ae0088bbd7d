using Employment.Core.Statistics;
using Employment.Web.Features.Adviser.Home;

namespace Employment.Tests.Statistics;

public sealed class DashboardPiecesTests
{
    [Theory]
    [InlineData(3, 50, "fewer than 5")]
    [InlineData(48, 50, "not shown")]
    [InlineData(40, 50, "40")]
    [InlineData(0, 50, "fewer than 5")]
    public void Part_IsHiddenWhenItOrTheRestIsSmall(int part, int whole, string shown) => Assert.Equal(shown, Suppression.Part(part, whole));

    [Fact]
    public void Parts_HideASecondPartWhenOnlyOneIsSmall()
    {
        Assert.Equal(["fewer than 5", "not shown", "20"], Suppression.Parts([2, 10, 20]));
        Assert.Equal(["fewer than 5", "fewer than 5", "20"], Suppression.Parts([2, 3, 20]));
        Assert.Equal(["fewer than 5", "not shown", "20"], Suppression.Parts([0, 10, 20]));
    }

    [Fact]
    public void Rate_IsHiddenWhenTheNumeratorIsTwo() => Assert.Null(Suppression.Rate(2, 100));

    [Fact]
    public void Csv_QuotesCommasAndDisarmsFormulas()
    {
        var table = new StatisticsTable("t", "Caption", ["Measure", "Value"], [new("Leeds, West", [new StatisticsCell("=1+1")])]);

        Assert.Equal("Measure,Value\r\n\"Leeds, West\",'=1+1\r\n", table.ToCsv());
    }

    [Fact]
    public void Chart_LeavesAGapForAHiddenQuarterAndSaysSo()
    {
        var table = new StatisticsTable("t", "Caption", ["Quarter", "Share"], []);
        var trend = new Trend("Share in work", true, [new("Q1 2025", 10), new("Q2 2025", null), new("Q3 2025", 12.5)], [("ASCOF 1E England", 6)], table);

        var chart = new TrendChart(trend, "c");
        var svg = chart.Svg();

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(svg, "<rect "));
        Assert.Contains(">hidden</text>", svg, StringComparison.Ordinal);
        Assert.Contains("ASCOF 1E England 6%", svg, StringComparison.Ordinal);
        Assert.Contains("1 quarter is hidden", chart.Summary, StringComparison.Ordinal);
        Assert.Contains("From Q1 2025 (10%) to Q3 2025 (12.5%)", chart.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-q1", "2025-01-01", "2025-03-31")]
    [InlineData("2024-25", "2024-04-01", "2025-03-31")]
    [InlineData("2024-26", null, null)]
    [InlineData("2025-q5", null, null)]
    public void PeriodKeys_ReadQuartersAndFinancialYears(string key, string? from, string? to)
    {
        var period = Period.FromKey(key);
        Assert.Equal(from, period?.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(to, period?.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
