using Employment.Core.Placements;
using Employment.Matching.Labels;
using static Employment.Core.Placements.PlacementEventType;

namespace Employment.Tests.Matching;

public sealed class PlacementGradeTests
{
    private static readonly DateOnly Start = new(2025, 1, 6);
    private static readonly DateOnly AsOf = new(2026, 1, 1);

    private static int Grade(params (PlacementEventType, int)[] events) =>
        PlacementGrade.Of(events.Select(e => (e.Item1, Start.AddDays(e.Item2))), AsOf);

    [Fact]
    public void IntroducedOnly_DeclinedOrRejected_Is0()
    {
        Assert.Equal(0, Grade((Introduced, 0)));
        Assert.Equal(0, Grade((Introduced, 0), (Declined, 3)));
        Assert.Equal(0, Grade((Introduced, 0), (Rejected, 9)));
    }

    [Fact]
    public void EachStage_ReachedCounts_EvenIfItStoppedAfter()
    {
        Assert.Equal(1, Grade((Introduced, 0), (Interviewed, 10), (Rejected, 12)));
        Assert.Equal(2, Grade((Introduced, 0), (Interviewed, 10), (Offered, 12), (Declined, 14)));
    }

    [Fact]
    public void Started_Is3_And13WeeksIn_Is4()
    {
        Assert.Equal(3, Grade((Introduced, 0), (Started, 20), (Ended, 20 + 90)));
        Assert.Equal(4, Grade((Introduced, 0), (Started, 20), (Ended, 20 + 91)));
        Assert.Equal(4, Grade((Introduced, 0), (Started, 20)));
    }

    [Fact]
    public void AJobStillGoing_ButNot13WeeksOld_Is3()
    {
        var events = new[] { (Introduced, AsOf.AddDays(-60)), (Started, AsOf.AddDays(-30)) };

        Assert.Equal(3, PlacementGrade.Of(events, AsOf));
    }

    [Fact]
    public void Pairs_AreOnePerCandidateAndVacancy_ProposedOnTheFirstEvent()
    {
        var pairs = PairLabeller.Label(
        [
            ("C2", "V1", Introduced, Start),
            ("C1", "V1", Interviewed, Start.AddDays(5)),
            ("C1", "V1", Introduced, Start),
            ("C1", "V2", Introduced, Start.AddDays(1)),
        ]);

        Assert.Equal(["C1/V1/1", "C1/V2/0", "C2/V1/0"], pairs.Select(p => $"{p.CandidateId}/{p.VacancyId}/{p.Grade}"));
        Assert.Equal(Start, pairs[0].ProposedOn);
    }
}
