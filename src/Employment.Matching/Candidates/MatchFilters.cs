using Employment.Core.Opportunities;

namespace Employment.Matching.Candidates;

/// <summary>What a coach narrows suggestions by. Empty fields do not filter.</summary>
public sealed class MatchFilters
{
    public OpportunityKind? Kind { get; set; }

    /// <summary>Longest journey in minutes, by the person's own way of travelling.</summary>
    public int? MaxMinutes { get; set; }

    public decimal? MinHours { get; set; }
    public decimal? MaxHours { get; set; }
}
