using System.Text.RegularExpressions;
using Employment.Core.EhcPlans.Sections;
using Employment.Core.EhcPlans.Text;

namespace Employment.Core.EhcPlans.Fields;

/// <summary>Name, date of birth, home postcode and plan dates from the plan's labelled details ("Date of birth: ...",
/// a label cell beside its value, or a label line above its value). Addresses labelled as someone else's (parent, school,
/// college, council officer) are skipped so their postcodes are never taken for the young person's.</summary>
public static partial class IdentityExtractor
{
    public sealed record Identity(
        PlanField<string>? GivenName, PlanField<string>? FamilyName, PlanField<DateOnly>? DateOfBirth,
        PlanField<string>? Postcode, PlanField<DateOnly>? PlanIssued, PlanField<DateOnly>? NextReview);

    private enum Label { FullName, GivenName, FamilyName, DateOfBirth, Address, Postcode, Issued, Review, Other }

    public static Identity Extract(IReadOnlyList<PlanLine> lines, IReadOnlyList<string> lineSections, IReadOnlyList<PlanSentence> sentences)
    {
        PlanField<string>? given = null, family = null, postcode = null;
        PlanField<DateOnly>? birth = null, issued = null, review = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lineSections[i] is not ("" or "A" or "B"))
            {
                continue;
            }
            var (label, value) = Labelled(lines[i].Text);
            if (label is null)
            {
                continue;
            }
            var source = lines[i].Text;
            if (value.Length == 0 && i + 1 < lines.Count && Labelled(lines[i + 1].Text).Label is null)
            {
                value = lines[i + 1].Text;
                source = $"{lines[i].Text} {value}";
            }
            switch (label)
            {
                case Label.FullName when given is null && PersonName(value) is { } name:
                    given = new(name.Given, new("Details", source));
                    family = name.Family.Length > 0 ? new(name.Family, new("Details", source)) : family;
                    break;
                case Label.GivenName when given is null && PersonName(value) is { } name:
                    given = new(name.Given, new("Details", source));
                    break;
                case Label.FamilyName when family is null && value.Length > 0:
                    family = new(CleanName(value), new("Details", source));
                    break;
                case Label.DateOfBirth when birth is null && WrittenDates.First(value) is { } date:
                    birth = new(date, new("Details", source));
                    break;
                case Label.Issued when issued is null && WrittenDates.First(value) is { } date:
                    issued = new(date, new("Details", source));
                    break;
                case Label.Review when review is null && WrittenDates.First(value) is { } date:
                    review = new(date, new("Details", source));
                    break;
                case Label.Address or Label.Postcode when postcode is null:
                    postcode = AddressPostcode(lines, i, value, source);
                    break;
            }
        }
        given ??= sentences.Where(s => s.Section is "A" or "" && !s.ParentVoice).Select(s => (s, m: MyNameIs().Match(s.Text)))
            .Where(x => x.m.Success).Select(x => new PlanField<string>(x.m.Groups[1].Value, new(x.s.Section, x.s.Text))).FirstOrDefault();
        issued ??= DateInSentence(lines, IssuedSentence());
        review ??= DateInSentence(lines, ReviewSentence());
        return new Identity(given, family, birth, postcode, issued, review);
    }

    private static PlanField<DateOnly>? DateInSentence(IReadOnlyList<PlanLine> lines, Regex pattern) =>
        lines.Select(l => (l, m: pattern.Match(l.Text))).Where(x => x.m.Success)
            .Select(x => WrittenDates.First(x.m.Value) is { } date ? new PlanField<DateOnly>(date, new("Details", x.l.Text)) : null)
            .FirstOrDefault(f => f is not null);

    [GeneratedRegex(@"plan\b[^.]{0,40}?\b(?:was |is )?(?:issued|finalised|made|dated|signed)\b\s*(?:on\s+)?(.{0,40})", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedSentence();

    [GeneratedRegex(@"(?:next|annual) review\b[^.]{0,40}?(?:is |will be )?(?:due |held |take place )?(?:on|by|in|before|date)?\s*:?\s*(.{0,40})|will be reviewed\s+(?:on|by|in|before|no later than)\s+(.{0,40})", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewSentence();

    private static PlanField<string>? AddressPostcode(IReadOnlyList<PlanLine> lines, int index, string value, string source)
    {
        for (var i = index; i < Math.Min(lines.Count, index + 6); i++)
        {
            var text = i == index ? value : lines[i].Text;
            if (i > index && Labelled(text).Label is not null)
            {
                return null;
            }
            var match = Postcodes().Match(text);
            if (match.Success)
            {
                var code = $"{match.Groups[1].Value} {match.Groups[2].Value}".ToUpperInvariant();
                return new(code, new("Details", i == index ? source : $"{source} … {text}"));
            }
        }
        return null;
    }

    private static (Label? Label, string Value) Labelled(string text)
    {
        var match = LabelAndValue().Match(text);
        if (!match.Success)
        {
            return (null, "");
        }
        var label = match.Groups["label"].Value.ToLowerInvariant();
        var value = match.Groups["value"].Value.Trim();
        if (SomeoneElse().IsMatch(label))
        {
            return (Label.Other, value);
        }
        Label? kind = label switch
        {
            _ when label.Contains("birth") || DobAbbreviation().IsMatch(label) || label == "born" => Label.DateOfBirth,
            _ when label.Contains("review") => Label.Review,
            _ when label.Contains("surname") || label.Contains("family name") || label.Contains("last name") => Label.FamilyName,
            _ when label.Contains("name") && (label.Contains("first") || label.Contains("given") || label.Contains("fore")) => Label.GivenName,
            _ when label.Contains("name") && !label.Contains("preferred") => Label.FullName,
            _ when label.Contains("draft") || label.Contains("first") || label.Contains("previous") || label.Contains("amend") => Label.Other,
            _ when label.Contains("plan") || label.Contains("issue") || label.Contains("finalised") => Label.Issued,
            _ when label.Contains("postcode") || label.Contains("post code") => Label.Postcode,
            _ when label.Contains("address") || label.Contains("live") => Label.Address,
            _ => null,
        };
        return kind is null ? (null, "") : (kind, value);
    }

    private static (string Given, string Family)? PersonName(string value)
    {
        var words = CleanName(value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 5 || !char.IsLetter(words[0][0]))
        {
            return null;
        }
        return (words[0], string.Join(' ', words.Skip(1)));
    }

    private static string CleanName(string value) =>
        Titles().Replace(Bracketed().Replace(value, " "), "").Split(',')[0].Trim();

    [GeneratedRegex(@"^(?<label>(?:(?:the\s+)?(?:child(?:'s)?|young person(?:'s)?|child\s*/\s*young person(?:'s)?|child or young person(?:'s)?|learner(?:'s)?|pupil(?:'s)?|student(?:'s)?|person(?:'s)?|my)\s+)?(?:(?:full\s+|legal\s+|first\s+|given\s+|fore|sur|family\s+|last\s+|preferred\s+)?names?(?:\(s\))?(?: of (?:the )?(?:child|young person|child or young person))?|(?:home\s+|current\s+|permanent\s+)?address(?:\s+and\s+postcode)?|(?:home\s+)?post\s?code)|where I live|date of birth|d\.?\s?o\.?\s?b\.?|birth\s?date|born|(?:date|dates?)\b[^:]{0,60}?\b(?:plan|issued?|finalised|review)[^:]{0,30}?|(?:plan|final plan|ehc ?p?(?:lan)?)\s+(?:issue\s+)?(?:date|issued|finalised)|issue date|(?:next|annual)\s+(?:annual\s+)?review(?:\s+(?:date|due|meeting))?(?:\s+(?:by|on|date))?|review (?:date|due)|(?:parent|carer|mother|father|ehc coordinator|case officer|coordinator|school|college|setting|council|local authority|social worker|gp)[^:]{0,40}?)(?:\s*\([^)]{0,40}\))?\s*(?:[:\-–]\s*|\s{0,1}(?=\d)|$)(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelAndValue();

    [GeneratedRegex(@"parent|carer|mother|father|guardian|coordinator|co-ordinator|officer|school|college|setting|council|authority|institution|social worker|\bgp\b|doctor|case|provider|employer|team|contact", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneElse();

    [GeneratedRegex(@"^d\.?\s?o\.?\s?b", RegexOptions.IgnoreCase)]
    private static partial Regex DobAbbreviation();

    [GeneratedRegex(@"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Postcodes();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^\s*(mr|mrs|ms|miss|mx|master)\.?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Titles();

    [GeneratedRegex(@"\bmy name is ([A-Z][A-Za-z'\-]+)")]
    private static partial Regex MyNameIs();
}
