using Employment.Matching.Data;
using Employment.Matching.ProvingGround;
using Employment.Matching.Scoring;

namespace Employment.Tests.Matching.ProvingGround;

/// <summary>The proving ground (decision 0045): a generated world is a readable interchange dataset whose hidden utility orders its new people's pairs better than the rule scorer, which orders them better than chance.</summary>
public sealed class WorldGeneratorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "employment-world-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("coach")]
    [InlineData("interactions")]
    public void AWorld_IsReadable_AndItsHiddenUtility_BeatsTheRuleScorer_WhichBeatsChance(string utility)
    {
        WorldGenerator.Write(_folder, new WorldOptions { People = 300, Utility = HiddenUtility.Named(utility), Noise = 0.3, Seed = 5 });

        var data = MatchingDatasetReader.Read(_folder);
        var grade = WorldGrade.Of(_folder, new RuleScorer());

        Assert.Empty(data.Problems);
        Assert.Equal(400, data.Candidates.Count);
        Assert.NotEmpty(data.Events);
        Assert.True(grade.Best.NdcgAt10 > grade.Rule.NdcgAt10 + 0.03, $"best {grade.Best.NdcgAt10}, rule {grade.Rule.NdcgAt10}");
        Assert.True(grade.Rule.NdcgAt10 > grade.Random.NdcgAt10 + 0.1, $"rule {grade.Rule.NdcgAt10}, random {grade.Random.NdcgAt10}");
        Assert.Equal(0, grade.HeadroomAt10, precision: 6);
    }

    [Fact]
    public void AnUnknownUtility_IsRefusedWithTheNamesThatExist()
    {
        var e = Assert.Throws<ArgumentException>(() => HiddenUtility.Named("mystery"));

        Assert.Contains("coach, journey, support, interactions", e.Message, StringComparison.Ordinal);
    }
}
