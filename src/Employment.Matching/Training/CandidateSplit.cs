namespace Employment.Matching.Training;

/// <summary>Holds out a seeded share of people (never of pairs), so no one is in both training and testing.</summary>
public static class CandidateSplit
{
    public static IReadOnlySet<string> HeldOut(IEnumerable<string> candidateIds, double share, int seed)
    {
        var ids = candidateIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(ids);
        var count = (int)Math.Round(ids.Length * share);
        return ids.Take(count).ToHashSet(StringComparer.Ordinal);
    }
}
