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

    /// <summary>
    /// Ranks every kind together. Left off, kinds the person did not ask for come after all the kinds they did
    /// (decision 0047), however well the ranker scores them.
    /// </summary>
    public bool AllKinds { get; set; }

    /// <summary>The same filters, widened to every kind ranked together.</summary>
    public MatchFilters WithAllKinds() => new() { Kind = Kind, MaxMinutes = MaxMinutes, MinHours = MinHours, MaxHours = MaxHours, AllKinds = true };

    /// <summary>Whether the kinds the person asked for come first: they asked for some, and the coach neither chose one kind nor widened to all.</summary>
    public bool KindsWantedFirst(IReadOnlyCollection<OpportunityKind> preferred) => preferred.Count > 0 && Kind is null && !AllKinds;
}
