using System.Globalization;
using System.Text;

namespace Employment.Core.Reference.Occupations;

/// <summary>
/// Turns what someone typed, and every title in the index, into the same simple words: lower case, accents and
/// punctuation gone ("café" is "cafe"), plurals made singular ("shelves" is "shelf"), and the words that say nothing
/// about a job ("I would like to work in a ...") left out.
/// </summary>
public static class OccupationWords
{
    /// <summary>More than this many words (a long sentence pasted in) adds nothing but time.</summary>
    public const int MaxWords = 40;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "id", "me", "my", "we", "our", "you", "your", "he", "she", "they", "them", "their", "his", "her",
        "want", "wants", "wanted", "would", "could", "should", "will", "like", "likes", "liked", "love", "loves", "loved",
        "enjoy", "enjoys", "enjoyed", "interested", "interest", "keen", "really", "very", "maybe", "please", "also", "too",
        "work", "works", "worked", "working", "job", "jobs", "role", "place", "somewhere", "something", "some", "thing",
        "to", "in", "into", "a", "an", "the", "at", "on", "of", "for", "and", "or", "with", "as", "by", "from", "about",
        "be", "being", "been", "do", "doing", "does", "did", "get", "go", "going", "is", "am", "are", "was", "were",
        "have", "has", "had", "there", "this", "that", "it", "its", "when", "one", "day", "days", "kind", "type", "sort",
        "good", "great", "nice", "lot", "lots", "things", "n", "e", "c", "nec",
    };

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["children"] = "child", ["women"] = "woman", ["men"] = "man", ["people"] = "person", ["mice"] = "mouse",
        ["geese"] = "goose", ["feet"] = "foot", ["teeth"] = "tooth",
    };

    /// <summary>The words of <paramref name="text"/> in order, each made lower case, unaccented and singular, stop words left out.</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (c == '&')
            {
                Flush(current, words);
                continue;
            }
            Flush(current, words);
            if (words.Count >= MaxWords)
            {
                break;
            }
        }
        Flush(current, words);
        return words.Count > MaxWords ? words[..MaxWords] : words;
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0)
        {
            return;
        }
        var word = current.ToString();
        current.Clear();
        if (word.Length < 2 && !char.IsDigit(word[0]) || StopWords.Contains(word))
        {
            return;
        }
        words.Add(Singular(word));
    }

    /// <summary>"shelves" is "shelf", "nannies" is "nanny", "dishes" is "dish", "horses" is "horse"; "glass" and "bus" stay.</summary>
    public static string Singular(string word)
    {
        if (Irregular.TryGetValue(word, out var singular))
        {
            return singular;
        }
        if (word.Length <= 3)
        {
            return word;
        }
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }
        if (word.EndsWith("lves", StringComparison.Ordinal))
        {
            return word[..^3] + "f";
        }
        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        return word;
    }

    /// <summary>
    /// "making" is "make", "cleaning" is "clean", "shopping" is "shop", "caring" is "care" (not "car"): the "-ing" form
    /// becomes a word the index already knows, tried in that order, so both sides of a match agree.
    /// </summary>
    public static string Base(string word, IReadOnlySet<string> known)
    {
        if (word.Length <= 5 || !word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word;
        }
        var stem = word[..^3];
        if (known.Contains(stem + "e"))
        {
            return stem + "e";
        }
        if (known.Contains(stem))
        {
            return stem;
        }
        if (stem.Length >= 3 && stem[^1] == stem[^2] && !"lsz".Contains(stem[^1]) && known.Contains(stem[..^1]))
        {
            return stem[..^1];
        }
        return stem;
    }
}
