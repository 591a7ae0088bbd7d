using Employment.Core.Reference;
using Employment.Core.Reference.Occupations;
using Xunit.Abstractions;

namespace Employment.Tests.Reference.Occupations;

public sealed class OccupationFinderTests(ITestOutputHelper output)
{
    private static readonly RankedOccupationFinder Finder = new();

    public static TheoryData<string, string> Phrases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (phrase, unitGroup) in EverydayPhrases.All)
        {
            data.Add(phrase, unitGroup);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void EverydayPhrase_FindsItsUnitGroupFirst(string phrase, string unitGroup)
    {
        var found = Finder.Find(phrase, 3);

        Assert.True(found.Count > 0, $"Nothing found for \"{phrase}\"");
        Assert.True(found[0].UnitGroup == unitGroup,
            $"\"{phrase}\" found {string.Join(", ", found.Select(f => $"{f.UnitGroup} {f.Title} ({f.MatchedTitle}, {f.Score})"))}; expected {unitGroup} first");
    }

    [Fact]
    public void EverydayPhrases_HitRates()
    {
        Assert.True(EverydayPhrases.All.Count >= 50);
        // Phrases written word for word in everyday_occupation_words.csv test the list; the others test the matching.
        var listed = ReferenceCsv.Read("everyday_occupation_words.csv").Select(r => string.Join(' ', OccupationWords.Of(r["words"]))).ToHashSet();
        var first = 0;
        var heldOutTopThree = 0;
        foreach (var (label, phrases) in new[]
        {
            ("All phrases", EverydayPhrases.All),
            ("Phrases in the everyday list word for word", EverydayPhrases.All.Where(p => listed.Contains(string.Join(' ', OccupationWords.Of(p.Phrase)))).ToList()),
            ("Phrases not in the everyday list", EverydayPhrases.All.Where(p => !listed.Contains(string.Join(' ', OccupationWords.Of(p.Phrase)))).ToList()),
            ("Held-out phrases (never tuned for)", EverydayPhrases.HeldOut),
        })
        {
            var top = phrases.Count(p => Finder.Find(p.Phrase, 3) is { Count: > 0 } found && found[0].UnitGroup == p.UnitGroup);
            var topThree = phrases.Count(p => Finder.Find(p.Phrase, 3).Any(f => f.UnitGroup == p.UnitGroup));
            output.WriteLine($"{label}: {phrases.Count}; right unit group first {top} ({100.0 * top / phrases.Count:0.0}%), in the top 3 {topThree} ({100.0 * topThree / phrases.Count:0.0}%).");
            first = first == 0 ? top : first;
            heldOutTopThree = topThree;
        }
        foreach (var (phrase, unitGroup) in EverydayPhrases.HeldOut)
        {
            if (Finder.Find(phrase, 3) is var found && (found.Count == 0 || found[0].UnitGroup != unitGroup))
            {
                output.WriteLine($"Held out, not first: \"{phrase}\" expected {unitGroup}, found {string.Join("; ", found.Select(f => $"{f.UnitGroup} {f.Title} ({f.MatchedTitle})"))}");
            }
        }
        Assert.Equal(EverydayPhrases.All.Count, first);
        Assert.True(heldOutTopThree >= 0.7 * EverydayPhrases.HeldOut.Count, "at least 70% of the held-out phrases find their unit group in the top 3");
    }

    [Fact]
    public void Shop_OffersSalesAssistantsBeforeBettingShopManagers()
    {
        var found = Finder.Find("shop");

        Assert.Equal("7111", found[0].UnitGroup);
        var betting = found.ToList().FindIndex(f => f.UnitGroup == "1256");
        Assert.True(betting is -1 or > 2, "Betting shop managers should not be among the first three for \"shop\"");
    }

    [Fact]
    public void Match_ShowsTheTitleThatMatched()
    {
        var barista = Finder.Find("barista")[0];
        Assert.Equal(("9266", "Coffee shop workers", "Barista"), (barista.UnitGroup, barista.Title, barista.MatchedTitle));
        Assert.True(barista.Whole);

        var shelves = Finder.Find("I'd like to stack shelves at Tesco")[0];
        Assert.Equal("9241", shelves.UnitGroup);
        Assert.Contains(shelves.MatchedTitle, new[] { "stack shelves", "tesco" });
    }

    [Fact]
    public void OnlyPartOfATitle_IsNotAWholeMatch()
    {
        var found = Finder.Find("assistant", 20);

        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.False(f.Whole && f.MatchedTitle.Contains(' '), $"{f.MatchedTitle} is more than the word asked"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("I would like to work")]
    [InlineData("xyzzy plugh")]
    [InlineData("!!!???")]
    public void NothingToGoOn_FindsNothing(string words)
    {
        Assert.Empty(Finder.Find(words));
    }

    [Fact]
    public void HostileInput_IsHandledQuickly()
    {
        var found = Finder.Find(string.Concat(Enumerable.Repeat("<script>cafe</script> ", 5_000)));

        Assert.Equal("9266", found[0].UnitGroup);
    }

    [Fact]
    public void Limit_IsRespected_AndUnitGroupsAreNotRepeated()
    {
        var found = Finder.Find("assistant", 5);

        Assert.Equal(5, found.Count);
        Assert.Equal(found.Count, found.Select(f => f.UnitGroup).Distinct().Count());
        Assert.Empty(Finder.Find("cafe", 0));
    }

    [Fact]
    public void ReferenceFiles_PointOnlyAtRealUnitGroups()
    {
        var unitGroups = ReferenceCsv.Read("soc2020_unit_groups.csv").Select(r => r["unit_group"]).ToHashSet();
        var titles = ReferenceCsv.Read("soc2020_job_titles.csv");
        var everyday = ReferenceCsv.Read("everyday_occupation_words.csv");

        Assert.True(titles.Count > 2000, "the ONS related job titles are loaded");
        Assert.Equal(412, titles.Select(t => t["unit_group"]).Distinct().Count());
        Assert.All(titles, t => Assert.Contains(t["unit_group"], unitGroups));
        Assert.All(everyday, e => Assert.Contains(e["unit_group"], unitGroups));
    }

    [Theory]
    [InlineData("shelves", "shelf")]
    [InlineData("nannies", "nanny")]
    [InlineData("dishes", "dish")]
    [InlineData("horses", "horse")]
    [InlineData("glass", "glass")]
    [InlineData("bus", "bus")]
    [InlineData("children", "child")]
    public void Singular_OfCommonPlurals(string word, string singular)
    {
        Assert.Equal(singular, OccupationWords.Singular(word));
    }
}
