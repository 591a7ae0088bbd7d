using Employment.Core.Matching;

namespace Employment.Matching.Store;

/// <summary>What a retrain did, and the fairness report made after it.</summary>
public sealed record Retrained(RetrainOutcome Outcome, FairnessReportRecord Report);
