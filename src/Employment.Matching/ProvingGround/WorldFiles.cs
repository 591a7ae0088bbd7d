namespace Employment.Matching.ProvingGround;

/// <summary>The files a generated world adds beside its interchange dataset.</summary>
public static class WorldFiles
{
    /// <summary>candidate_id,vacancy_id of the held-out new people: what "ranker score --pairs" takes.</summary>
    public const string NewPeoplePairs = "new_people_pairs.csv";

    /// <summary>candidate_id,vacancy_id,grade,utility: the outcome each pair went on to have, and the hidden utility behind it.</summary>
    public const string NewPeopleTruth = "new_people_truth.csv";
}
