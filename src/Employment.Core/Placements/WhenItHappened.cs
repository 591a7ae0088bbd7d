using System.Globalization;

namespace Employment.Core.Placements;

/// <summary>
/// The one rule for the date a coach gives for something that happened (a placement step, a check-in, a contact):
/// never in the future, never before the latest of the days it must follow, each named in the message.
/// </summary>
public static class WhenItHappened
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public const string NotInTheFuture = "The date must be today or in the past";

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", English);

    /// <summary>
    /// The first day anything can have happened for the person: the day their record was made, or the day of the
    /// earliest placement step held for them when that is earlier (an imported history predates its import).
    /// </summary>
    public static DateOnly JoinedOn(DateTimeOffset recordCreatedAt, TimeProvider clock, DateOnly? earliestStep = null)
    {
        var created = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(recordCreatedAt, clock.LocalTimeZone).Date);
        return earliestStep is { } step && step < created ? step : created;
    }

    /// <summary>
    /// The problem with <paramref name="date"/>, or null. Each floor is a day and what happened on it, as the end of
    /// "when …" ("Sam joined the service", "the last step (interviewed) happened"); the latest floor is the one named.
    /// </summary>
    public static Problem? Check(string field, DateOnly date, DateOnly today, params (DateOnly On, string What)[] floors)
    {
        if (date > today)
        {
            return new(field, NotInTheFuture);
        }
        foreach (var floor in floors.OrderByDescending(f => f.On))
        {
            if (date < floor.On)
            {
                return new(field, $"The date must be on or after {Day(floor.On)}, when {floor.What}");
            }
        }
        return null;
    }
}
