using Employment.Web.Infrastructure.GovUk;

namespace Employment.Tests.Units;

public sealed class DatePartsTests
{
    [Fact]
    public void Parse_RealDate_GivesTheDate() =>
        Assert.Equal((new DateOnly(2028, 3, 27), (string?)null), new DateParts { Day = "27", Month = "3", Year = "2028" }.Parse("the date"));

    [Theory]
    [InlineData("", "", "", "Enter the end date")]
    [InlineData("1", "", "2028", "The end date must include a month")]
    [InlineData("", "", "2028", "The end date must include a day and month")]
    [InlineData("31", "2", "2028", "The end date must be a real date")]
    [InlineData("1", "13", "2028", "The end date must be a real date")]
    [InlineData("1", "1", "28", "The end date must be a real date")]
    [InlineData("x", "1", "2028", "The end date must be a real date")]
    public void Parse_BadDate_SaysWhatIsWrongInPlainEnglish(string day, string month, string year, string message)
    {
        var (date, error) = new DateParts { Day = day, Month = month, Year = year }.Parse("the end date");
        Assert.Null(date);
        Assert.Equal(message, error);
    }
}
