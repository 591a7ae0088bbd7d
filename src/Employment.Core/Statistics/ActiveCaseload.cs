namespace Employment.Core.Statistics;

/// <summary>
/// Who is active on the caseload on a day D (decision 0060): joined by D, and in the twelve months up to D (after D one
/// year earlier, up to and including D) joined or had anything recorded on a placement (introduced, interviewed,
/// started, changed, ended), or was in a placement on D (started by D and not ended by D). Everyone in paid work is
/// active, so the share in paid work can never pass 100%; people who joined years ago and have had nothing since drop
/// out of the denominator instead of dragging the share down.
/// </summary>
public static class ActiveCaseload
{
    /// <summary>SQL: <paramref name="day"/> falls in the twelve months up to <paramref name="onDay"/>.</summary>
    public static string Within(string day, string onDay) => $"({day} <= {onDay} AND {day} > {onDay} - interval '1 year')";

    /// <summary>SQL: aged 18 to 64 on <paramref name="onDay"/> (ASCOF 1E's age band).</summary>
    public static string Aged18To64(string dateOfBirth, string onDay) =>
        $"({dateOfBirth} > {onDay} - interval '65 years' AND {dateOfBirth} <= {onDay} - interval '18 years')";
}
