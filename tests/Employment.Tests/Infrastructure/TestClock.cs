using Microsoft.Extensions.Time.Testing;

namespace Employment.Tests.Infrastructure;

/// <summary>Clocks the test moves by hand: <see cref="FakeTimeProvider"/>, in the machine's own time zone as the real clock is.</summary>
public static class TestClock
{
    /// <summary>"Now" for the placement and ranker tests: 23 November 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider At(DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        clock.SetLocalTimeZone(TimeZoneInfo.Local);
        return clock;
    }

    /// <summary>Moves the clock to the hour of the day, backwards as well as forwards.</summary>
    public static void SetDay(this FakeTimeProvider clock, DateOnly day, int hour) =>
        clock.AdjustTime(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));
}
