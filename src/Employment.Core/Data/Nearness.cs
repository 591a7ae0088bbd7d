namespace Employment.Core.Data;

/// <summary>
/// Nearest-first ordering that PostgreSQL answers from a GiST index (decision 0025). <see cref="Distance"/> is the
/// SQL function <c>nearness</c> (migration <c>EmploymentSchema</c>): a one-line SQL function that PostgreSQL inlines
/// into <c>point(longitude * 0.6088, latitude) &lt;-&gt; point(:lon * 0.6088, :lat)</c>, the exact expression of the
/// indexes on <c>opportunities</c> and <c>job_seekers</c>, so <c>ORDER BY nearness(…) LIMIT n</c> is a KNN index scan
/// that stops after n rows instead of reading and sorting every row in reach. 0.6088 is cos(52.5°): it makes a degree
/// of longitude about as long as it is in the middle of England, so the order is by distance, not by raw degrees
/// (within about 7% at England's northern and southern edges). The value is in scaled degrees, for ordering only:
/// the reach filters and the exact journey check stay as they were.
/// </summary>
public static class Nearness
{
    /// <summary>cos(52.5°); the same constant is in the SQL function and both indexes.</summary>
    public const double LongitudeScale = 0.6088;

    /// <summary>Translated to SQL only; never runs in memory.</summary>
    public static double Distance(double longitude, double latitude, double fromLongitude, double fromLatitude) =>
        throw new InvalidOperationException("Nearness.Distance is translated to SQL (nearness) and cannot run in memory.");

    internal const string CreateFunctionSql = """
        CREATE OR REPLACE FUNCTION nearness(longitude double precision, latitude double precision, from_longitude double precision, from_latitude double precision)
        RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT point($1 * 0.6088, $2) <-> point($3 * 0.6088, $4) $$;
        """;
}
