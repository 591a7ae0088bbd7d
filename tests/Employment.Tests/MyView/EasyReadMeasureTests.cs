using AngleSharp.Html.Parser;

namespace Employment.Tests.MyView;

public sealed class EasyReadMeasureTests
{
    [Theory]
    [InlineData("job", 1)]
    [InlineData("coach", 1)]
    [InlineData("make", 1)]
    [InlineData("table", 2)]
    [InlineData("garden", 2)]
    [InlineData("employment", 3)]
    [InlineData("2026", 1)]
    public void Syllables_AreCountedByVowelGroups(string word, int expected) =>
        Assert.Equal(expected, EasyReadMeasure.Syllables(word));

    [Fact]
    public void Figures_CountSentencesWordsAndTheFleschKincaidGrade()
    {
        var figures = EasyReadMeasure.Of(["The cat sat on the mat. It is red.", "Jobs for me"]);

        Assert.Equal(3, figures.Sentences);
        Assert.Equal(12, figures.Words);
        Assert.Equal(4.0, figures.AverageWords);
        Assert.Equal(6, figures.LongestWords);
        Assert.Equal("The cat sat on the mat.", figures.LongestSentence);
        // 12 words, 12 syllables, 3 sentences: 0.39 × 4 + 11.8 × 1 − 15.59.
        Assert.Equal(-2.23, figures.Grade, 2);
        Assert.Equal(2.77, figures.ReadingAge, 2);
    }

    [Fact]
    public void APage_IsReadLineByLine_WithoutCountingNestedTextTwice()
    {
        var page = new HtmlParser().ParseDocument("<main><h1>About me</h1><p>My name is Sam. <a>Change</a></p><ul><li><p>I like dogs.</p></li></ul><script>var x = 1;</script></main>");

        var figures = EasyReadMeasure.OfPage(page.QuerySelector("main")!);

        Assert.Equal(4, figures.Sentences);
        Assert.Equal(10, figures.Words);
    }

    [Fact]
    public void HardWords_AreThoseOutsideTheCommonWords_ExceptNumbersAndThePagesOwnNames()
    {
        var figures = EasyReadMeasure.Of(["You can do an apprenticeship at Zorbex. It is 16 hours. Write to sam@example.org.", "A supported internship"], names: ["Zorbex"]);

        Assert.Equal(["apprenticeship", "supported", "internship"], figures.HardWords);
    }
}
