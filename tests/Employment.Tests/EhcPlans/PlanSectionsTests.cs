using Employment.Tests.EhcPlans.Generated;

namespace Employment.Tests.EhcPlans;

public sealed class PlanSectionsTests
{
    public static TheoryData<PlanLayout, int> LayoutsAndSeeds()
    {
        var data = new TheoryData<PlanLayout, int>();
        foreach (var layout in GeneratedPlans.Layouts)
        {
            data.Add(layout, 2);
            data.Add(layout, 3);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LayoutsAndSeeds))]
    public void EverySectionIsFoundInEveryLayout(PlanLayout layout, int seed)
    {
        var (result, truth, _) = GeneratedPlans.Read(layout, seed);

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"], result.Reading!.SectionsFound);
        Assert.Equal(truth.GivenName, result.Reading.GivenName?.Value);
        Assert.Equal(truth.FamilyName, result.Reading.FamilyName?.Value);
        Assert.Equal(truth.Postcode, result.Reading.Postcode?.Value);
        Assert.Equal(truth.PlanIssued, result.Reading.PlanIssued?.Value.ToString("yyyy-MM-dd"));
        Assert.Equal(truth.NextReview, result.Reading.NextReview?.Value.ToString("yyyy-MM-dd"));
        Assert.Equal(truth.SupportNeeds, result.Reading.SupportNeeds.Select(n => n.Value));
        Assert.All(result.Reading.SupportNeeds, n => Assert.Contains(n.From.Section, new[] { "B", "F" }));
    }

    [Fact]
    public void APersonCentredPlanWithoutLettersIsSplitByItsHeadings()
    {
        var (result, _, script) = GeneratedPlans.Read(PlanLayout.HeadingStyles, 5);

        Assert.All(script.Sections, s => Assert.Null(s.Letter));
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"], result.Reading!.SectionsFound);
    }
}
