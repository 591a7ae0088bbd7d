using Employment.Core.Reference;

namespace Employment.Tests.Units;

public sealed class PostcodeNormaliseTests
{
    [Theory]
    [InlineData("le16zg", "LE1 6ZG")]
    [InlineData(" LE1   6ZG ", "LE1 6ZG")]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("M11AE", "M1 1AE")]
    [InlineData("LE16", "LE16")]
    [InlineData("b1", "B1")]
    public void Normalise_TidiesWhatPeopleType(string typed, string expected) =>
        Assert.Equal(expected, PostcodeLocator.Normalise(typed));

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("LE167")]
    [InlineData("LE1 6Z")]
    public void Normalise_RejectsWhatIsNotAPostcode(string typed) =>
        Assert.Null(PostcodeLocator.Normalise(typed));
}
