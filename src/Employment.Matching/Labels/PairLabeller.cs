using Employment.Core.Placements;

namespace Employment.Matching.Labels;

/// <summary>Groups placement events into one labelled pair per (candidate, vacancy).</summary>
public static class PairLabeller
{
    public static IReadOnlyList<LabelledPair> Label(IEnumerable<(string CandidateId, string VacancyId, PlacementEventType Event, DateOnly Date)> events)
    {
        var all = events.ToList();
        if (all.Count == 0)
        {
            return [];
        }
        var asOf = all.Max(e => e.Date);
        return all
            .GroupBy(e => (e.CandidateId, e.VacancyId))
            .Select(g => new LabelledPair(g.Key.CandidateId, g.Key.VacancyId,
                PlacementGrade.Of(g.Select(e => (e.Event, e.Date)), asOf), g.Min(e => e.Date)))
            .OrderBy(p => p.CandidateId, StringComparer.Ordinal)
            .ThenBy(p => p.VacancyId, StringComparer.Ordinal)
            .ToList();
    }
}
