using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Employment.Tests.MyView;

/// <summary>How hard a page's words are to read: sentence lengths and a Flesch–Kincaid reading age.</summary>
public sealed record EasyReadFigures(int Sentences, int Words, double AverageWords, int LongestWords, string LongestSentence, double Grade)
{
    /// <summary>UK reading age: a US school grade plus five.</summary>
    public double ReadingAge => Grade + 5;

    public override string ToString() =>
        $"{Sentences} sentences, {AverageWords:0.0} words on average, longest {LongestWords} (\"{LongestSentence}\"), Flesch–Kincaid grade {Grade:0.0}, reading age {ReadingAge:0.0}";
}

public static partial class EasyReadMeasure
{
    private static readonly string[] Blocks = ["h1", "h2", "h3", "p", "li", "legend", "label", "button", "caption", ".govuk-hint"];

    /// <summary>
    /// Every line of text a person reads in <paramref name="root"/>: headings, paragraphs, list items, labels and
    /// buttons. A line with no full stop still counts as one sentence (a heading or a list item is one idea).
    /// </summary>
    public static EasyReadFigures OfPage(IElement root) =>
        Of(root.QuerySelectorAll(string.Join(",", Blocks))
            .Where(e => !e.Ancestors().Any(a => a is IElement parent && Blocks.Contains(parent.LocalName)))
            .Select(e => e.TextContent));

    public static EasyReadFigures Of(IEnumerable<string> lines)
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
        return new EasyReadFigures(sentences.Count, words.Count, (double)words.Count / sentences.Count, longest.Words.Count, longest.Text, grade);
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
