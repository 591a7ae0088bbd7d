namespace Employment.Core.AccessToWork;

/// <summary>Support hours a coach recorded at a check-in: the hours given since the check-in before.</summary>
public sealed record HoursRecorded(DateOnly On, decimal Hours);

/// <summary>Job coach hours given during an award so far, against the hours it pays for so far.</summary>
public sealed record HoursAgainstAward(DateOnly From, DateOnly To, decimal Given, decimal Awarded)
{
    public decimal Difference => Given - Awarded;
}

/// <summary>One week since the start: the job coach hours given in it, and whether the follow-up plan had a check-in due.</summary>
public sealed record TaperWeek(int Week, DateOnly To, decimal HoursGiven, bool CheckInPlanned);

public static class SupportHours
{
    /// <summary>Two years of weeks at most: the follow-up plan's own limit.</summary>
    public const int MostWeeks = 104;

    /// <summary>
    /// Hours recorded at check-ins dated within the award, up to today, against the award's hours a week for the days
    /// that have passed; null when the award pays for no job coach hours or has not started.
    /// </summary>
    public static HoursAgainstAward? Against(AccessToWorkApplication award, IEnumerable<HoursRecorded> checkIns, DateOnly today)
    {
        if (award is not { Decision: AccessToWorkDecision.Awarded, JobCoachHoursPerWeek: { } perWeek, AwardFrom: { } from, AwardTo: { } to } || today < from)
        {
            return null;
        }
        var upTo = today < to ? today : to;
        var given = checkIns.Where(c => c.On >= from && c.On <= upTo).Sum(c => c.Hours);
        var days = upTo.DayNumber - from.DayNumber + 1;
        return new HoursAgainstAward(from, upTo, given, Math.Round(perWeek * days / 7m, 1));
    }

    /// <summary>
    /// Hours given in each week since the start. Week 1 runs from the start day to the day a week later (the day of a
    /// check-in planned "1 week after the start"), week 2 the 7 days after that, and so on. A check-in's hours were
    /// given since the check-in before (or the start), so they are spread evenly over those days: a check-in after a
    /// month of 2 hours a week shows 2 hours in each of its 4 weeks, not 8 in one.
    /// </summary>
    public static IReadOnlyList<TaperWeek> Taper(DateOnly start, DateOnly lastDay, IEnumerable<HoursRecorded> checkIns, IEnumerable<DateOnly> plannedCheckIns)
    {
        if (lastDay < start)
        {
            return [];
        }
        int WeekOf(DateOnly day) => Math.Max(0, day.DayNumber - start.DayNumber - 1) / 7;
        var weeks = Math.Min(MostWeeks, WeekOf(lastDay) + 1);
        var hours = new decimal[weeks];
        var previous = start.AddDays(-1);
        foreach (var checkIn in checkIns.Where(c => c.Hours > 0).OrderBy(c => c.On))
        {
            var on = checkIn.On < start ? start : checkIn.On;
            var first = on > previous ? previous.AddDays(1) : on;
            var days = on.DayNumber - first.DayNumber + 1;
            for (var day = first; day <= on; day = day.AddDays(1))
            {
                var week = WeekOf(day);
                if (week < weeks)
                {
                    hours[week] += checkIn.Hours / days;
                }
            }
            previous = on > previous ? on : previous;
        }
        var planned = plannedCheckIns.Where(d => d >= start).Select(WeekOf).ToHashSet();
        return Enumerable.Range(0, weeks).Select(w => new TaperWeek(w + 1, start.AddDays(7 * (w + 1)), Math.Round(hours[w], 1), planned.Contains(w))).ToList();
    }
}
