namespace Employment.Matching.Fairness;

/// <summary>One way of grouping people (age band, travel mode, …) and its rows.</summary>
public sealed record FairnessTable(string Caption, string GroupHeading, IReadOnlyList<GroupFigures> Rows);
