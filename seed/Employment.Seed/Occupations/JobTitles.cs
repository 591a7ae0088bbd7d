using System.Text.RegularExpressions;

namespace Employment.Seed.Occupations;

/// <summary>Turns a plural SOC title ("Cleaners and domestics") into a job title ("Cleaner").</summary>
internal static partial class JobTitles
{
    [GeneratedRegex(@"\s*\(.*?\)|\s*n\.e\.c\.?$|\s+-\s.*$|\b([Ee]lementary|[Oo]ther) ")]
    private static partial Regex Clutter();

    [GeneratedRegex(@"^(?<what>.+?) and related .+$")]
    private static partial Regex AndRelated();

    [GeneratedRegex(@"^(?<head>.+) and [\w-]+$")]
    private static partial Regex AndOneWord();

    [GeneratedRegex(@"(ers|ists|ants|ents|ons|ors|ies)$")]
    private static partial Regex PluralNoun();

    public static string FromSocTitle(string socTitle)
    {
        var title = Clutter().Replace(socTitle, "").Trim();
        title = char.ToUpperInvariant(title[0]) + title[1..];
        if (AndRelated().Match(title) is { Success: true } related)
        {
            var what = related.Groups["what"].Value;
            return what.EndsWith('s') ? Singular(what) : what + " worker";
        }
        if (title.EndsWith(" occupations", StringComparison.Ordinal))
        {
            return title[..^" occupations".Length] + " worker";
        }
        var comma = title.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0)
        {
            return Singular(title[..comma]);
        }
        // "Records clerks and assistants" names one job twice; "Hairdressers and barbers" names two.
        if (AndOneWord().Match(title) is { Success: true } oneWord)
        {
            return Singular(oneWord.Groups["head"].Value);
        }
        var and = title.IndexOf(" and ", StringComparison.Ordinal);
        if (and > 0 && PluralNoun().IsMatch(title[..and]))
        {
            return Singular(title[..and]);
        }
        return Singular(title);
    }

    private static string Singular(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var word = phrase[(space + 1)..];
        var singular = word switch
        {
            _ when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
            _ when word.EndsWith("sses", StringComparison.Ordinal) => word[..^2],
            _ when word.EndsWith("ss", StringComparison.Ordinal) => word,
            _ when word.EndsWith('s') => word[..^1],
            _ => word,
        };
        return phrase[..(space + 1)] + singular;
    }
}
