using Employment.Core.JobSeekers;

namespace Employment.Matching.Features;

/// <summary>
/// A rough one-way journey time from the straight-line distance, since no route planner is available:
/// walking at 4.5 km/h; public transport at 15 km/h plus 10 minutes waiting; a lift at 30 km/h plus 5 minutes
/// to get going. Real routes are longer than straight lines, so these speeds are set low on purpose.
/// </summary>
public static class Journey
{
    public const double WalkKmPerHour = 4.5;
    public const double PublicTransportKmPerHour = 15;
    public const double PublicTransportWaitMinutes = 10;
    public const double LiftKmPerHour = 30;
    public const double LiftStartMinutes = 5;

    public static double Minutes(double distanceKm, TravelMode mode) => mode switch
    {
        TravelMode.Walk => distanceKm / WalkKmPerHour * 60,
        TravelMode.PublicTransport => PublicTransportWaitMinutes + distanceKm / PublicTransportKmPerHour * 60,
        _ => LiftStartMinutes + distanceKm / LiftKmPerHour * 60,
    };

    /// <summary>
    /// Journey minutes as every page and explanation says them: to the nearest 5, never under 5. One rounding
    /// everywhere, so a card's "About 40 minutes" and its reason's "about 40 minutes" never disagree.
    /// </summary>
    public static int RoundedMinutes(double minutes) => Math.Max(5, (int)Math.Round(minutes / 5, MidpointRounding.AwayFromZero) * 5);

    /// <summary>Great-circle distance (haversine).</summary>
    public static double DistanceKm(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude)
    {
        const double earthRadiusKm = 6371.0088;
        var dLat = Radians(toLatitude - fromLatitude);
        var dLon = Radians(toLongitude - fromLongitude);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Radians(fromLatitude)) * Math.Cos(Radians(toLatitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * earthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public static string Describe(TravelMode mode) => mode switch
    {
        TravelMode.Walk => "Walk",
        TravelMode.PublicTransport => "Bus journey",
        _ => "Journey by lift",
    };

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
