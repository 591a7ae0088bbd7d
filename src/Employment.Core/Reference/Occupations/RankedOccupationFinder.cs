namespace Employment.Core.Reference.Occupations;

/// <summary>
/// Ranks SOC 2020 unit groups by how well their titles match what someone said: everyday words before ONS job titles
/// before unit group titles, a title whose words all appear in order before one that only shares a word, and rare words
/// ("barista") counting for more than common ones ("assistant"). The index is built once and shared (a singleton).
/// </summary>
public sealed class RankedOccupationFinder(OccupationIndex index) : IOccupationFinder
{
    /// <summary>A word that is only the start of a title's word ("hair" in "hairdresser") counts this much of a whole word.</summary>
    private const double PartWord = 0.5;
    private const int ShortestPart = 4;

    /// <summary>Every word of a title was asked: a one-word title gets this much more.</summary>
    private const double WholeTitle = 0.15;

    /// <summary>A title of several words, all asked, gets this much more again; and more still when they were asked in order.</summary>
    private const double WholePhrase = 0.05;
    private const double PhraseInOrder = 0.15;

    public RankedOccupationFinder() : this(Shared.Value)
    {
    }

    private static readonly Lazy<OccupationIndex> Shared = new(OccupationIndex.FromReferenceFiles);

    public IReadOnlyList<OccupationMatch> Find(string words, int limit = 10)
    {
        var asked = index.WordsOf(words);
        if (asked.Count == 0 || limit <= 0)
        {
            return [];
        }
        var distinct = asked.Distinct().ToList();
        // How much each title word is matched by the words asked: 1 for the same word, less for a word it starts with.
        var matched = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in distinct)
        {
            matched[word] = 1;
            if (word.Length >= ShortestPart)
            {
                foreach (var longer in index.WordsStartingWith(word))
                {
                    matched.TryAdd(longer, PartWord);
                }
            }
        }
        var askedWeight = distinct.Sum(index.Rarity);
        var candidates = new HashSet<int>();
        foreach (var word in matched.Keys)
        {
            candidates.UnionWith(index.TitlesWith(word));
        }

        var best = new Dictionary<string, (double Score, OccupationTitle Title, bool Whole, int Others)>(StringComparer.Ordinal);
        foreach (var i in candidates)
        {
            var title = index.Titles[i];
            var (score, whole) = Score(title, asked, distinct, matched, askedWeight);
            if (best.TryGetValue(title.UnitGroup, out var current))
            {
                best[title.UnitGroup] = score > current.Score
                    ? (score, title, whole, current.Others + 1)
                    : current with { Others = current.Others + 1 };
            }
            else
            {
                best[title.UnitGroup] = (score, title, whole, 0);
            }
        }
        return best
            .Select(b => (b.Key, b.Value, Total: b.Value.Score + 0.01 * Math.Min(b.Value.Others, 5)))
            .OrderByDescending(b => b.Total)
            .ThenBy(b => b.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(b => new OccupationMatch(b.Key, index.UnitGroupTitles[b.Key], b.Value.Title.Shown, Math.Round(b.Total, 4)) { Whole = b.Value.Whole })
            .ToList();
    }

    private (double Score, bool Whole) Score(
        OccupationTitle title, IReadOnlyList<string> asked, IReadOnlyList<string> distinct, Dictionary<string, double> matched, double askedWeight)
    {
        double titleMatched = 0;
        var allWhole = true;
        for (var i = 0; i < title.Distinct.Length; i++)
        {
            var share = matched.GetValueOrDefault(title.Distinct[i]);
            titleMatched += title.Rarities[i] * share;
            allWhole &= share >= 1;
        }
        double askedMatched = 0;
        foreach (var word in distinct)
        {
            var share = 0.0;
            foreach (var titleWord in title.Distinct)
            {
                if (titleWord == word)
                {
                    share = 1;
                    break;
                }
                if (word.Length >= ShortestPart && titleWord.StartsWith(word, StringComparison.Ordinal))
                {
                    share = PartWord;
                }
            }
            askedMatched += index.Rarity(word) * share;
        }
        var titleWeight = title.Weight;
        var source = title.Source switch
        {
            OccupationTitleSource.Everyday => 1.0 - 0.04 * Math.Min(title.Place, 5),
            OccupationTitleSource.JobTitle => 0.85,
            _ => 0.7,
        };
        var score = source * (0.5 * askedMatched / askedWeight + 0.5 * titleMatched / titleWeight);
        if (allWhole)
        {
            // Phrase matches before word matches: "farm animals" in "feeding animals on a farm" beats "animals" alone.
            score += WholeTitle;
            if (title.Words.Count > 1)
            {
                score += WholePhrase + (InOrder(title.Words, asked) ? PhraseInOrder : 0);
            }
        }
        return (score, allWhole);
    }

    /// <summary>Whether the title's words appear together and in order in what was asked ("shop assistant" in "be a shop assistant").</summary>
    private static bool InOrder(IReadOnlyList<string> titleWords, IReadOnlyList<string> asked)
    {
        for (var start = 0; start + titleWords.Count <= asked.Count; start++)
        {
            var all = true;
            for (var j = 0; j < titleWords.Count && all; j++)
            {
                all = asked[start + j] == titleWords[j];
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }
}
