using Employment.Core.Reference.Occupations;
using Employment.Tests.EhcPlans.Generated;

namespace Employment.Tests.EhcPlans;

/// <summary>A finder that knows only the generator's job phrases, so the reader's own tests do not depend on the real finder.</summary>
public sealed class PhraseListFinder : IOccupationFinder
{
    public IReadOnlyList<OccupationMatch> Find(string words, int limit = 10) =>
        PlanPhrases.Jobs.Where(j => j.Phrases.Any(p => Same(p, words)))
            .Select(j => new OccupationMatch(j.UnitGroup, j.UnitGroup, words, 1)).Take(limit).ToList();

    private static bool Same(string phrase, string words) =>
        phrase.Contains(words, StringComparison.OrdinalIgnoreCase) || words.Contains(phrase, StringComparison.OrdinalIgnoreCase);
}
