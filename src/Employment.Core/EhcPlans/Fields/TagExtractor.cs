using System.Text.RegularExpressions;
using Employment.Core.EhcPlans.Sections;

namespace Employment.Core.EhcPlans.Fields;

/// <summary>
/// Skills: what the young person can already do, said in section A (their own words, not their parents') or B.
/// Support needs: workplace adjustments named in B (needs) or F (provision) only; health needs (C) and support at home
/// (D, or "at home" anywhere) are not workplace needs.
/// </summary>
public static partial class TagExtractor
{
    public static IReadOnlyList<PlanField<string>> Skills(IReadOnlyList<PlanSentence> sentences) =>
        Tags(sentences.Where(s => s.Section is "A" or "B" && !s.ParentVoice && !Cannot().IsMatch(s.Text) && InterestExtractor.Wish(s.Text) is null
                && (Can().IsMatch(s.Text) || StrengthsHeading().IsMatch(s.Subheading) || StrengthsHeading().IsMatch(s.Label))),
            TagVocabulary.Skills);

    public static IReadOnlyList<PlanField<string>> SupportNeeds(IReadOnlyList<PlanSentence> sentences) =>
        Tags(sentences.Where(s => s.Section is "B" or "F" && !DoesNotNeed().IsMatch(s.Text) && !AtHome().IsMatch(s.Text) && !WhoAndHowOften().IsMatch(s.Text)),
            TagVocabulary.SupportNeeds);

    private static List<PlanField<string>> Tags(IEnumerable<PlanSentence> sentences, IReadOnlyList<(string Tag, Regex Pattern)> vocabulary)
    {
        var found = new Dictionary<string, PlanField<string>>();
        foreach (var sentence in sentences)
        {
            foreach (var (tag, pattern) in vocabulary)
            {
                if (!found.ContainsKey(tag) && pattern.IsMatch(sentence.Text))
                {
                    found[tag] = new PlanField<string>(tag, new Evidence(sentence.Section, sentence.Text));
                }
            }
        }
        return found.Values.OrderBy(f => f.Value, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"\b(can|could|able to|good at|great at|know how to|knows how to|learned to|learnt to|learned how|confident|skilled|experience (of|in)|experienced|manages? to|reliable|enjoys?|strengths?|independently|always|is happy to|likes? to help|excellent|brilliant|shows?|showed|has shown|demonstrates?|proud)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Can();

    [GeneratedRegex(@"\b(need(s)? (help|support|prompting|prompts|reminding|an adult)|not yet|find(s)? it (hard|difficult|tricky)|finds? .{0,40}(hard|difficult|tricky)|difficult|difficulty|difficulties|struggles?|unable|cannot|can't|can not|is learning|are learning|learning to|learn to|will be taught|to be taught|working (on|towards)|needs to|want(s)? to|would like|hard to|not able|isn't able|is not|doesn't|does not|don't|do not|never|lacks?|worr(y|ies)|anxious|wants?|hope|dream|avoid|refuses?|won't|unsafe|help (him|her|them|me) to|maybe|might|would|one day|in the future)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cannot();

    [GeneratedRegex(@"good at|strengths?|skills|can do|what i do well|achievements|what (others|people) like|like and admire|talents|abilities|things i can", RegexOptions.IgnoreCase)]
    private static partial Regex StrengthsHeading();

    [GeneratedRegex(@"\b(does not|doesn't|do not|don't|no longer|not) (need|require|use|want)|\bno (need|significant)|without (the )?need|not (currently )?(required|needed|necessary)", RegexOptions.IgnoreCase)]
    private static partial Regex DoesNotNeed();

    /// <summary>A provision table's "frequency and who" cell ("Weekly – Job coach") names a person, not an adjustment.</summary>
    [GeneratedRegex(@"^(every|each|weekly|daily|termly|monthly|fortnightly|throughout|as (needed|required)|once|twice|three times|ongoing|at all times|when needed)\b[^.]{0,40}[–\-:]\s*\S[^.]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoAndHowOften();

    [GeneratedRegex(@"\bat home\b|\b(his|her|their) (family|parents|mum|dad|carers?) (use|uses|have|has|provide)|\bbedtime|\bweekends?\b|\bbathroom door", RegexOptions.IgnoreCase)]
    private static partial Regex AtHome();
}
