using Employment.Core.Placements;

namespace Employment.Matching.Labels;

/// <summary>
/// The relevance grade of a (person, opportunity) pair from how far its placement got; see
/// docs/decisions/0011-ranking-labels.md. The furthest stage reached counts, so a decline after an offer is still 2.
/// </summary>
public static class PlacementGrade
{
    public const int Sustained = 4;
    public const int Started = 3;
    public const int Offered = 2;
    public const int Interviewed = 1;
    public const int NoFurther = 0;
    public const int MaxGrade = Sustained;
    public const int SustainedWeeks = 13;

    /// <param name="events">Every event of one placement.</param>
    /// <param name="asOf">The last day the data knows about: a placement still going on counts as sustained once 13 weeks have passed by then.</param>
    public static int Of(IEnumerable<(PlacementEventType Event, DateOnly Date)> events, DateOnly asOf)
    {
        DateOnly? started = null;
        DateOnly? ended = null;
        var grade = NoFurther;
        foreach (var (type, date) in events)
        {
            switch (type)
            {
                case PlacementEventType.Started:
                    started = started is null || date < started ? date : started;
                    break;
                case PlacementEventType.Ended:
                    ended = ended is null || date > ended ? date : ended;
                    break;
                case PlacementEventType.Offered:
                    grade = Math.Max(grade, Offered);
                    break;
                case PlacementEventType.Interviewed:
                    grade = Math.Max(grade, Interviewed);
                    break;
            }
        }
        if (started is { } start)
        {
            var lastDayIn = ended ?? asOf;
            return lastDayIn >= start.AddDays(7 * SustainedWeeks) ? Sustained : Started;
        }
        return grade;
    }
}
