namespace Employment.Matching.Fairness;

/// <summary>
/// The report's figures: how many held-out people and pairs it rests on, which model (if any) is compared, and the
/// tables. Stored as JSON after each retrain (<see cref="FairnessReports"/>).
/// </summary>
public sealed record FairnessFigures(int HeldOutPeople, int HeldOutPairs, string? Model, IReadOnlyList<FairnessTable> Tables, int? ModelVersion = null);
