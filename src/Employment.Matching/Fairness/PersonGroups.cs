namespace Employment.Matching.Fairness;

/// <summary>The groups one held-out person belongs to, one per table of the report.</summary>
public sealed record PersonGroups(string AgeBand, string TravelMode, string SupportNeeds, string Council);
