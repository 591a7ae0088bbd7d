using Employment.Core.AccessToWork;

namespace Employment.Tests.AccessToWork;

public sealed class SupportHoursTests
{
    private static readonly DateOnly Start = new(2026, 4, 6);

    private static AccessToWorkApplication Award(decimal? perWeek) => new()
    {
        Decision = AccessToWorkDecision.Awarded, AwardFrom = Start, AwardTo = Start.AddDays(364), JobCoachHoursPerWeek = perWeek, RenewalDueOn = Start.AddDays(300),
    };

    [Fact]
    public void HoursGiven_CountOnlyCheckInsWithinTheAwardSoFar_AgainstTheAwardsHoursForTheDaysPassed()
    {
        HoursRecorded[] checkIns = [new(Start.AddDays(-3), 50m), new(Start.AddDays(7), 8m), new(Start.AddDays(13), 4m), new(Start.AddDays(30), 9m)];

        var twoWeeksIn = SupportHours.Against(Award(5m), checkIns, Start.AddDays(13))!;

        // Before the award (day -3) and after today (day 30) do not count; 14 days of 5 hours a week is 10.
        Assert.Equal((12m, 10m, 2m), (twoWeeksIn.Given, twoWeeksIn.Awarded, twoWeeksIn.Difference));
        Assert.Equal(Start.AddDays(364), SupportHours.Against(Award(5m), checkIns, Start.AddDays(500))!.To);
        Assert.Null(SupportHours.Against(Award(null), checkIns, Start.AddDays(13)));
        Assert.Null(SupportHours.Against(Award(5m), checkIns, Start.AddDays(-1)));
    }

    [Fact]
    public void TheTaper_SpreadsEachCheckInsHoursOverTheDaysSinceTheOneBefore_AndMarksThePlannedCheckIns()
    {
        HoursRecorded[] checkIns = [new(Start.AddDays(7), 10m), new(Start.AddDays(14), 7m), new(Start.AddDays(42), 8m)];
        DateOnly[] planned = [Start.AddDays(7), Start.AddDays(14), Start.AddDays(28), Start.AddDays(56)];

        var weeks = SupportHours.Taper(Start, Start.AddDays(45), checkIns, planned);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], weeks.Select(w => w.Week));
        Assert.Equal([10m, 7m, 2m, 2m, 2m, 2m, 0m], weeks.Select(w => w.HoursGiven));
        Assert.Equal([true, true, false, true, false, false, false], weeks.Select(w => w.CheckInPlanned));
        Assert.Equal(Start.AddDays(7), weeks[0].To);
        Assert.Equal(25m, weeks.Sum(w => w.HoursGiven));
    }

    [Fact]
    public void TheTaper_IsEmptyBeforeTheStart_AndStopsAtTwoYears()
    {
        Assert.Empty(SupportHours.Taper(Start, Start.AddDays(-1), [], []));
        Assert.Equal(SupportHours.MostWeeks, SupportHours.Taper(Start, Start.AddYears(5), [new(Start.AddYears(4), 3m)], []).Count);
    }
}
