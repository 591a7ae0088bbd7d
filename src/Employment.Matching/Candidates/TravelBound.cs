using Employment.Core.JobSeekers;
using Employment.Matching.Features;

namespace Employment.Matching.Candidates;

/// <summary>
/// How far a person could get, for narrowing candidates in SQL. Journeys up to half as long again as the
/// person's longest are still suggested, so the coach sees them with a blocker rather than not at all.
/// </summary>
public static class TravelBound
{
    public const double Slack = 1.5;

    /// <summary>Kilometres in a degree of latitude (and of longitude at the equator): the one figure the SQL distances use.</summary>
    public const double KmPerDegree = 111.2;

    public static double MinutesFor(int travelMaxMinutes, int? filterMinutes) =>
        filterMinutes ?? travelMaxMinutes * Slack;

    /// <summary>The straight-line distance a journey of <paramref name="minutes"/> covers; inverse of Journey.Minutes.</summary>
    public static double Km(TravelMode mode, double minutes) => Math.Max(0, mode switch
    {
        TravelMode.Walk => minutes / 60 * Journey.WalkKmPerHour,
        TravelMode.PublicTransport => (minutes - Journey.PublicTransportWaitMinutes) / 60 * Journey.PublicTransportKmPerHour,
        _ => (minutes - Journey.LiftStartMinutes) / 60 * Journey.LiftKmPerHour,
    });

    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) Box(double latitude, double longitude, double km)
    {
        var dLat = km / KmPerDegree;
        var dLon = km / (KmPerDegree * Math.Max(0.1, Math.Cos(latitude * Math.PI / 180)));
        return (latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon);
    }
}

