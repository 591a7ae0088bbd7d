namespace Employment.Core.Statistics;

/// <summary>A value for one quarter; null where suppression hides it, so a chart leaves a gap.</summary>
public sealed record TrendPoint(string Label, double? Value);

/// <summary>A measure by quarter: drawn as a chart, with its table beside it and published baselines for comparison.</summary>
public sealed record Trend(string Title, bool IsPercentage, IReadOnlyList<TrendPoint> Points, IReadOnlyList<(string Label, double Value)> Baselines, StatisticsTable Table);
