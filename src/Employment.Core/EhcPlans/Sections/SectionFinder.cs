using System.Text.RegularExpressions;
using Employment.Core.EhcPlans.Text;

namespace Employment.Core.EhcPlans.Sections;

/// <summary>
/// Puts every line of a plan in its statutory section (SEND Code of Practice 9.62, A to K) whatever the template: lettered
/// headings ("Section A:", "Part B –", "C. Health", a table row whose first cell is the letter) win; when a plan has fewer than
/// three lettered headings its person-centred headings ("All about me", "Outcomes", ...) are used instead (decision 0041).
/// </summary>
public static partial class SectionFinder
{
    public static IReadOnlyList<PlanSentence> Sentences(IReadOnlyList<PlanLine> lines)
    {
        var letters = lines.Select(ExplicitLetter).ToList();
        var useLetters = letters.Where(l => l is not null).Distinct().Count() >= 3;
        var sentences = new List<PlanSentence>();
        var section = "";
        var subheading = "";
        var parentPart = false;
        var label = "";
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var heading = useLetters ? letters[i] : KeywordSection(line);
            if (heading is not null)
            {
                section = heading;
                subheading = line.Text;
                parentPart = IsParentHeading(line.Text);
                label = "";
                continue;
            }
            if (line.RowStart || line.CellIndex is null)
            {
                label = "";
            }
            if (line.LooksLikeHeading || section == "A" && IsPlainSubheading(lines, i))
            {
                subheading = line.Text;
                parentPart = IsParentHeading(line.Text);
                continue;
            }
            if (IsAreaLabel(line))
            {
                label = line.Text;
                continue;
            }
            foreach (var text in SplitSentences(ListMark().Replace(line.Text, "")))
            {
                sentences.Add(new PlanSentence(text, section, subheading, parentPart || IsParentSentence(text), i, label));
            }
        }
        return sentences;
    }

    /// <summary>The section of every line, headings included ("" before the first section).</summary>
    public static IReadOnlyList<string> LineSections(IReadOnlyList<PlanLine> lines)
    {
        var letters = lines.Select(ExplicitLetter).ToList();
        var useLetters = letters.Where(l => l is not null).Distinct().Count() >= 3;
        var section = "";
        var result = new string[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            section = (useLetters ? letters[i] : KeywordSection(lines[i])) ?? section;
            result[i] = section;
        }
        return result;
    }

    public static IReadOnlyList<string> SectionsFound(IReadOnlyList<PlanSentence> sentences) =>
        sentences.Select(s => s.Section).Where(s => s.Length > 0).Distinct().Order().ToList();

    /// <summary>The section letter when the line is a lettered section heading.</summary>
    public static string? ExplicitLetter(PlanLine line)
    {
        var text = line.Text;
        if (text.Length > 160 || text.EndsWith('.') && !line.LooksLikeHeading)
        {
            return null;
        }
        var match = SectionWord().Match(text);
        if (match.Success && (line.LooksLikeHeading || line.RowStart || text.Split(' ').Length <= 20))
        {
            return match.Groups[1].Value.ToUpperInvariant();
        }
        match = LetterAndStop().Match(text);
        if (match.Success && (line.LooksLikeHeading || line.RowStart || text.Split(' ').Length <= 16))
        {
            return match.Groups[1].Value;
        }
        match = LetterAlone().Match(text);
        return match.Success && line.RowStart ? match.Groups[1].Value : null;
    }

    private static readonly (string Section, Regex Pattern)[] Keywords =
    [
        ("F", new(@"special educational provision|educational provision|provision (to meet|required|for (my|his|her) (sen|special))|support (i|they) (need|will get) to (achieve|meet)", RegexOptions.IgnoreCase)),
        ("G", new(@"health (care )?provision", RegexOptions.IgnoreCase)),
        ("H", new(@"social care provision|care provision", RegexOptions.IgnoreCase)),
        ("B", new(@"special educational needs?|educational needs|\bsen\b|my (learning )?needs|learning needs|what (makes|is) (things )?(hard|difficult) for me", RegexOptions.IgnoreCase)),
        ("C", new(@"health (care )?needs|my health", RegexOptions.IgnoreCase)),
        ("D", new(@"social care needs|social care", RegexOptions.IgnoreCase)),
        ("E", new(@"\boutcomes?\b|what (i|we) want to achieve", RegexOptions.IgnoreCase)),
        ("A", new(@"about me|important (to|for) me|views,? interests|aspirations|hopes and dreams|my hopes|my dreams|my story|my views|one[- ]page profile|like and admire about me", RegexOptions.IgnoreCase)),
        ("I", new(@"^placement\b|name and type of|school or (other )?institution|education(al)? (setting|placement)$", RegexOptions.IgnoreCase)),
        ("J", new(@"personal budget", RegexOptions.IgnoreCase)),
        ("K", new(@"advice and information|information and advice|advice (gathered|received)", RegexOptions.IgnoreCase)),
    ];

    private static string? KeywordSection(PlanLine line)
    {
        if (!line.LooksLikeHeading || line.Text.Length > 100 || line.CellIndex > 0)
        {
            return null;
        }
        return Keywords.FirstOrDefault(k => k.Pattern.IsMatch(line.Text)).Section;
    }

    /// <summary>A short unpunctuated line before a longer one: a subheading in a template without bold or styles.</summary>
    private static bool IsPlainSubheading(IReadOnlyList<PlanLine> lines, int index)
    {
        var text = lines[index].Text;
        return lines[index].CellIndex is null && text.Split(' ').Length <= 8 && !".!?,;".Contains(text[^1])
            && !text.Contains(": ", StringComparison.Ordinal) && index + 1 < lines.Count && lines[index + 1].Text.Split(' ').Length >= 6;
    }

    private static bool IsAreaLabel(PlanLine line) =>
        line.CellIndex is 0 && line.Text.Length <= 80 && !line.Text.EndsWith('.') && line.Text.Split(' ').Length <= 10;

    private static bool IsParentHeading(string text) => ParentWords().IsMatch(text) && !text.Contains("aspiration", StringComparison.OrdinalIgnoreCase);

    private static bool IsParentSentence(string text) => ParentSentence().IsMatch(text);

    public static IEnumerable<string> SplitSentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"^(?:section|part)\s*([A-K])\s*\d?\b(?!['’])", RegexOptions.IgnoreCase)]
    private static partial Regex SectionWord();

    [GeneratedRegex(@"^([A-K])\d?\s*[\.\):\-–—]\s*\S")]
    private static partial Regex LetterAndStop();

    [GeneratedRegex(@"^([A-K])\d?$")]
    private static partial Regex LetterAlone();

    [GeneratedRegex(@"\b(parents?|carers?|family|families|mum|dad|mother|father|guardian)('s|s')?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParentWords();

    [GeneratedRegex(@"^(we|our)\b|^(his|her|their|[A-Z][a-z]+'s) (mum|dad|mother|father|parents?|carers?|family|grandparents?)\b|^(mum|dad|my (mum|dad|parents|family|carers?))\b.*\b(want|wants|think|thinks|would like|hope|hopes|says|said|feel|feels)\b|\b(parents?|carers?|mum|dad|mother|father|family) (would like|want|wants|think|thinks|hope|hopes|feel|feels|wish|wishes|said|say)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParentSentence();

    [GeneratedRegex(@"^([•●▪◦*\-–]|\d{1,2}[.)])\s+")]
    private static partial Regex ListMark();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""'(])")]
    private static partial Regex SentenceBreak();
}
