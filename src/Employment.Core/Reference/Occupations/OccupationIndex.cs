namespace Employment.Core.Reference.Occupations;

/// <summary>Where a title in the index comes from, which is how much a match on it counts.</summary>
public enum OccupationTitleSource
{
    /// <summary>Everyday words people and their coaches use (everyday_occupation_words.csv, written for this service).</summary>
    Everyday,

    /// <summary>A job title ONS lists for the unit group (soc2020_job_titles.csv).</summary>
    JobTitle,

    /// <summary>The unit group's own title (soc2020_unit_groups.csv).</summary>
    UnitGroupTitle,
}

/// <param name="Shown">The title as written in its source, shown beside the unit group.</param>
/// <param name="Words">Its words as <see cref="OccupationWords"/> makes them, in order.</param>
/// <param name="Place">0 for the most likely unit group of the same everyday words, 1 for the next, and so on.</param>
public sealed record OccupationTitle(string UnitGroup, string Shown, IReadOnlyList<string> Words, OccupationTitleSource Source, int Place)
{
    /// <summary>Each word once, with its rarity, and their sum: worked out once when the index is built.</summary>
    public string[] Distinct { get; init; } = [];
    public double[] Rarities { get; init; } = [];
    public double Weight { get; init; }
}

/// <summary>Every title from the reference files, with which titles hold each word and how rare each word is. Built once.</summary>
public sealed class OccupationIndex
{
    public IReadOnlyDictionary<string, string> UnitGroupTitles { get; }
    public IReadOnlyList<OccupationTitle> Titles { get; }

    private readonly HashSet<string> _known;
    private readonly Dictionary<string, int[]> _titlesWith;
    private readonly Dictionary<string, double> _rarity;
    private readonly string[] _sortedWords;

    public OccupationIndex(
        IEnumerable<(string UnitGroup, string Title)> unitGroups,
        IEnumerable<(string Title, string UnitGroup)> jobTitles,
        IEnumerable<(string Words, string UnitGroup)> everyday)
    {
        UnitGroupTitles = unitGroups.ToDictionary(g => g.UnitGroup, g => g.Title, StringComparer.Ordinal);
        var raw = new List<(string UnitGroup, string Shown, IReadOnlyList<string> Words, OccupationTitleSource Source, int Place)>();
        foreach (var (code, title) in UnitGroupTitles)
        {
            raw.Add((code, title, OccupationWords.Of(title), OccupationTitleSource.UnitGroupTitle, 0));
        }
        foreach (var (title, code) in jobTitles.Where(t => UnitGroupTitles.ContainsKey(t.UnitGroup)))
        {
            raw.Add((code, title, OccupationWords.Of(title), OccupationTitleSource.JobTitle, 0));
        }
        foreach (var group in everyday.Where(e => UnitGroupTitles.ContainsKey(e.UnitGroup)).GroupBy(e => e.Words, StringComparer.OrdinalIgnoreCase))
        {
            var place = 0;
            foreach (var (words, code) in group)
            {
                raw.Add((code, words, OccupationWords.Of(words), OccupationTitleSource.Everyday, place++));
            }
        }
        _known = raw.SelectMany(r => r.Words).ToHashSet(StringComparer.Ordinal);
        var titles = raw
            .Select(r => new OccupationTitle(r.UnitGroup, r.Shown, BaseWords(r.Words), r.Source, r.Place))
            .Where(t => t.Words.Count > 0)
            .ToList();
        // Everyday words that are an ONS title in all but spelling ("barista", "Barista") show the ONS title.
        var official = titles.Where(t => t.Source != OccupationTitleSource.Everyday)
            .GroupBy(t => (t.UnitGroup, Key: string.Join(' ', t.Words)))
            .ToDictionary(g => g.Key, g => g.First().Shown);
        Titles = titles
            .Select(t => t.Source == OccupationTitleSource.Everyday && official.TryGetValue((t.UnitGroup, string.Join(' ', t.Words)), out var shown)
                ? t with { Shown = shown }
                : t)
            .ToList();
        _titlesWith = Enumerable.Range(0, Titles.Count)
            .SelectMany(i => Titles[i].Words.Distinct().Select(w => (w, i)))
            .GroupBy(x => x.w, x => x.i, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _rarity = _titlesWith.ToDictionary(p => p.Key, p => Math.Log(1 + (double)Titles.Count / p.Value.Length), StringComparer.Ordinal);
        Titles = Titles.Select(t =>
        {
            var distinct = t.Words.Distinct().ToArray();
            var rarities = distinct.Select(w => _rarity[w]).ToArray();
            return t with { Distinct = distinct, Rarities = rarities, Weight = rarities.Sum() };
        }).ToList();
        _sortedWords = [.. _titlesWith.Keys.Order(StringComparer.Ordinal)];
        MostRare = _rarity.Values.Max();
    }

    /// <summary>How rare the rarest word is: the weight given to a word the index does not know.</summary>
    public double MostRare { get; }

    public static OccupationIndex FromReferenceFiles() => new(
        ReferenceCsv.Read("soc2020_unit_groups.csv").Select(r => (r["unit_group"], r["title"])),
        ReferenceCsv.Read("soc2020_job_titles.csv").Select(r => (r["title"], r["unit_group"])),
        ReferenceCsv.Read("everyday_occupation_words.csv").Select(r => (r["words"], r["unit_group"])));

    /// <summary>The words of what someone typed, made the same way as the titles' words.</summary>
    public IReadOnlyList<string> WordsOf(string? text) => BaseWords(OccupationWords.Of(text));

    private List<string> BaseWords(IEnumerable<string> words) => words.Select(w => OccupationWords.Base(w, _known)).ToList();

    /// <summary>A word's weight: rare words ("barista") say more than common ones ("assistant").</summary>
    public double Rarity(string word) => _rarity.TryGetValue(word, out var r) ? r : MostRare;

    public IReadOnlyList<int> TitlesWith(string word) => _titlesWith.TryGetValue(word, out var titles) ? titles : [];

    /// <summary>Known words that start with <paramref name="start"/> and are longer ("hair" gives "hairdresser").</summary>
    public IEnumerable<string> WordsStartingWith(string start)
    {
        var i = Array.BinarySearch(_sortedWords, start, StringComparer.Ordinal);
        for (i = i < 0 ? ~i : i + 1; i < _sortedWords.Length && _sortedWords[i].StartsWith(start, StringComparison.Ordinal); i++)
        {
            yield return _sortedWords[i];
        }
    }
}
