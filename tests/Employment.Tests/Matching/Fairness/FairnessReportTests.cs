using Employment.Tests.Infrastructure;
using Employment.Tests.Matching.Store;
using Employment.Matching.Fairness;

namespace Employment.Tests.Matching.Fairness;

public sealed class FairnessReportTests
{
    [Fact]
    public async Task Report_GivesFiguresByGroup_OnHeldOutPeople_AndSuppressesGroupsOfFewerThanFive()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Context();
        await FairnessWorld.SeedAsync(db);

        var report = await new FairnessReport(db).BuildAsync(CancellationToken.None);

        var heldOut = (int)Math.Round((FairnessWorld.Young + FairnessWorld.Older) * 0.2);
        var olderHeldOut = FairnessWorld.OlderHeldOut();
        Assert.Equal(heldOut, report.HeldOutPeople);
        Assert.Equal(heldOut * 3, report.HeldOutPairs);
        Assert.Null(report.Model);
        Assert.Equal(["Age band", "Travel mode", "Number of support needs", "Council"], report.Tables.Select(t => t.Caption).ToList());

        var ages = report.Tables[0].Rows.ToDictionary(r => r.Group);
        var young = ages["16 to 24"];
        Assert.Equal(heldOut - olderHeldOut, young.People);
        Assert.False(young.Suppressed);
        Assert.InRange(young.RuleNdcgAt10!.Value, 0, 1);
        Assert.Null(young.ModelNdcgAt10);
        Assert.True(young.RuleExposure > 0);
        if (olderHeldOut > 0)
        {
            var older = ages["50 and over"];
            Assert.Equal(olderHeldOut, older.People);
            Assert.True(older.Suppressed);
            Assert.Null(older.RuleNdcgAt10);
            Assert.Equal(0, older.RuleExposure);
        }

        var council = Assert.Single(report.Tables[3].Rows);
        Assert.Equal(heldOut, council.People);
        Assert.Equal(1, council.RuleExposure, 6);
        Assert.Equal(1, council.PairShare, 6);
    }

    [Fact]
    public void AgeAndSupportBands_AreTheReportsBands()
    {
        Assert.Equal("16 to 24", FairnessReport.AgeBand(16));
        Assert.Equal("16 to 24", FairnessReport.AgeBand(24));
        Assert.Equal("25 to 34", FairnessReport.AgeBand(25));
        Assert.Equal("35 to 49", FairnessReport.AgeBand(49));
        Assert.Equal("50 and over", FairnessReport.AgeBand(50));
        Assert.Equal("None", FairnessReport.SupportNeedsBand(0));
        Assert.Equal("1 or 2", FairnessReport.SupportNeedsBand(2));
        Assert.Equal("3 or more", FairnessReport.SupportNeedsBand(3));
    }
}
