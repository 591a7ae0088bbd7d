namespace Employment.Core.Reference.Occupations;

/// <summary>Matches the words against unit group titles only: the simplest finder, kept until a richer index replaces it.</summary>
public sealed class UnitGroupTitleFinder : IOccupationFinder
{
    private static readonly Lazy<IReadOnlyList<(string Code, string Title, string[] Words)>> Groups = new(() =>
        ReferenceCsv.Read("soc2020_unit_groups.csv")
            .Select(r => (r["unit_group"], r["title"], Split(r["title"])))
            .ToList());

    public IReadOnlyList<OccupationMatch> Find(string words, int limit = 10)
    {
        var asked = Split(words);
        if (asked.Length == 0)
        {
            return [];
        }
        return Groups.Value
            .Select(g => (g, hits: asked.Count(a => g.Words.Any(w => w.StartsWith(a, StringComparison.Ordinal)))))
            .Where(x => x.hits > 0)
            .OrderByDescending(x => x.hits)
            .ThenBy(x => x.g.Words.Length)
            .Take(limit)
            .Select(x => new OccupationMatch(x.g.Code, x.g.Title, x.g.Title, x.hits))
            .ToList();
    }

    private static string[] Split(string text) =>
        text.ToLowerInvariant()
            .Split([' ', ',', '(', ')', '-', '/', '.', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2)
            .ToArray();
}
