namespace Employment.Matching.Features;

/// <summary>
/// Every employer's record at one moment, as counts (proposals, started, sum of grades) by employer id, with what
/// happened everywhere. A model carries the records of the data it was trained on, so a page ranks with them without
/// reading every placement (decision 0085).
/// </summary>
public sealed record EmployerRecords(float PriorGrade, float PriorStarted, IReadOnlyDictionary<string, int[]> Counts)
{
    public static readonly EmployerRecords None = new(0, 0, new Dictionary<string, int[]>(StringComparer.Ordinal));

    /// <summary>The employer's record; no proposals (and everyone's shares) for one the records do not hold.</summary>
    public EmployerRecord Of(string employerId) =>
        Counts.TryGetValue(employerId, out var c) && c.Length == 3
            ? new EmployerRecord(c[0], c[1], c[2], PriorGrade, PriorStarted)
            : EmployerRecord.NothingProposed(PriorGrade, PriorStarted);
}
