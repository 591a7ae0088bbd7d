using System.Text.RegularExpressions;
using Employment.Core.EhcPlans.Sections;

namespace Employment.Core.EhcPlans.Fields;

/// <summary>Section E's outcomes about work: outcomes (sentences saying what the young person "will" do) under an employment
/// heading or area, or themselves about jobs, work experience, volunteering, internships or careers. Steps towards an
/// outcome ("Visit two employers") are not outcomes.</summary>
public static partial class OutcomeExtractor
{
    public static IReadOnlyList<PlanField<string>> Employment(IReadOnlyList<PlanSentence> sentences)
    {
        var outcomes = new List<PlanField<string>>();
        foreach (var sentence in sentences.Where(s => s.Section == "E"))
        {
            var text = OutcomePrefix().Replace(sentence.Text, "").Trim();
            if (!Will().IsMatch(text) || text.Split(' ').Length < 6)
            {
                continue;
            }
            var employmentArea = WorkArea().IsMatch(sentence.Label) || WorkArea().IsMatch(sentence.Subheading);
            if (WorkWords().IsMatch(text) || employmentArea && !OtherArea().IsMatch(text))
            {
                if (outcomes.All(o => o.Value != text))
                {
                    outcomes.Add(new PlanField<string>(text, new Evidence("E", sentence.Text)));
                }
            }
        }
        return outcomes;
    }

    [GeneratedRegex(@"^(outcome|long[- ]term outcome|short[- ]term outcome|target|aim)\s*\d*\s*[:.\-–]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomePrefix();

    [GeneratedRegex(@"\b(will|would be able|to be able|is able to|can)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Will();

    [GeneratedRegex(@"employment|\bwork\b|\bjobs?\b|career|vocational", RegexOptions.IgnoreCase)]
    private static partial Regex WorkArea();

    [GeneratedRegex(@"\b(employment|employed|employer|employers|jobs?|paid work|work experience|work placements?|placements?|voluntary|volunteer(ing)?|internships?|apprenticeships?|traineeships?|\bcv\b|curriculum vitae|interviews?|careers?|kind of work|type of work|at work|in work|workplace|working|part-time|full-time|shifts?|wages?|earn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkWords();

    [GeneratedRegex(@"\b(meal|cook at home|friends?|club|medication|online|bus to college)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherArea();
}
