using System.Text.RegularExpressions;
using Employment.Core.EhcPlans.Sections;
using Employment.Core.Reference.Occupations;

namespace Employment.Core.EhcPlans.Fields;

/// <summary>
/// The young person's own hopes for work (section A, not their parents' part, not what they say they do not want), in the
/// order they say them, with sentences under a hopes or future heading first; each wish's words go to the occupation finder.
/// </summary>
public sealed partial class InterestExtractor(IOccupationFinder finder)
{
    public (IReadOnlyList<PlanField<string>> Aspirations, IReadOnlyList<SuggestedInterest> Interests) Extract(IReadOnlyList<PlanSentence> sentences)
    {
        var wishes = sentences
            .Where(s => s.Section == "A" && !s.ParentVoice)
            .Select(s => (Sentence: s, Wish: Wish(s.Text)))
            .Where(x => x.Wish is not null && (UnderHopes(x.Sentence) || WorkWords().IsMatch(x.Sentence.Text)))
            .OrderByDescending(x => HopesHeading().IsMatch(x.Sentence.Subheading) || HopesHeading().IsMatch(x.Sentence.Label))
            .ThenBy(x => x.Sentence.LineIndex)
            .ToList();
        var aspirations = wishes.Where(x => HopesHeading().IsMatch(x.Sentence.Subheading) || WorkWords().IsMatch(x.Wish!))
            .OrderBy(x => x.Sentence.LineIndex)
            .Select(x => new PlanField<string>(x.Sentence.Text, new Evidence("A", x.Sentence.Text))).ToList();
        var interests = new List<SuggestedInterest>();
        foreach (var (sentence, wish) in wishes)
        {
            foreach (var match in Occupations(wish!).Take(1))
            {
                if (interests.All(i => i.UnitGroup != match.UnitGroup))
                {
                    interests.Add(new SuggestedInterest(match.UnitGroup, match.Title, match.MatchedTitle, new Evidence("A", sentence.Text)));
                }
            }
        }
        return (aspirations, interests);
    }

    private static bool UnderHopes(PlanSentence sentence) =>
        HopesHeading().IsMatch(sentence.Subheading) || HopesHeading().IsMatch(sentence.Label);

    private IEnumerable<OccupationMatch> Occupations(string wish)
    {
        foreach (var query in Queries(wish))
        {
            var found = finder.Find(query, 3);
            if (found.Count > 0)
            {
                return found;
            }
        }
        return [];
    }

    /// <summary>The job words without "be a" or "work in a" first (what a job title index knows), then the whole wish.</summary>
    private static IEnumerable<string> Queries(string wish)
    {
        var shorter = JobVerbs().Replace(wish, "").Trim();
        if (shorter.Length > 2 && shorter != wish)
        {
            yield return shorter;
        }
        yield return wish;
    }

    /// <summary>The words after "I want to", "my dream job is" and the like; null when the sentence is not a wish, or is negated.</summary>
    public static string? Wish(string sentence)
    {
        var match = WishTrigger().Match(sentence);
        if (!match.Success || Negation().IsMatch(sentence[..match.Index] + match.Value))
        {
            return null;
        }
        var rest = sentence[(match.Index + match.Length)..];
        rest = Tail().Split(rest)[0];
        rest = Filler().Replace(rest, " ").Trim(' ', '.', ',', '!', ';');
        return rest.Length is > 2 and < 120 && WorkWords().IsMatch(sentence) || rest.Length is > 2 and < 60 ? rest : null;
    }

    [GeneratedRegex(@"\b(?:want(?:s)? to|would (?:really )?(?:like|love) to|'d (?:really )?(?:like|love) to|would enjoy|like to|love to|hope to|hoping to|hopes? (?:to|that i can)|plan to|aim to|dream (?:job )?is(?: to)?|dream is(?: to)?|ambition is(?: to)?|goal is(?: to)?|interested in|keen (?:on|to)|see myself|i could|i might|i'd like|wish to|one day i (?:will|could))\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WishTrigger();

    [GeneratedRegex(@"\b(don't|do not|doesn't|does not|never|not|wouldn't|would not|won't|no longer|hate|dislike|nobody|rather not)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\s+(?:when|because|as soon|so that|so i|if|but|after|before|like my|and then|one day|in the future|someday|too|as well|with my|while)\b|[,;]", RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    [GeneratedRegex(@"\b(also|really|maybe|perhaps|one day|someday|eventually|still)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(?:be(?:come)?|get|have|find|do|work|working|train|start|go)\b(?:\s+(?:a|an|the|some|as|in|at|on|for|with|into|job|jobs|paid|work|career|training|part-time|full-time|to be|my own))*\s*", RegexOptions.IgnoreCase)]
    private static partial Regex JobVerbs();

    [GeneratedRegex(@"\b(work|job|jobs|career|be an?|become|employ|paid|shop|café|cafe|office|apprentice|internship)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkWords();

    [GeneratedRegex(@"hope|dream|aspiration|future|ambition|goal|when i leave|want to do|career|\bwork\b|\bjob|adult life|what i want", RegexOptions.IgnoreCase)]
    private static partial Regex HopesHeading();
}
