namespace Employment.Web.Features.Admin.Fairness;

/// <summary>The report: how many held-out people and pairs it rests on, which model (if any) is compared, and the tables.</summary>
public sealed record FairnessPage(int HeldOutPeople, int HeldOutPairs, string? Model, IReadOnlyList<FairnessTable> Tables);
