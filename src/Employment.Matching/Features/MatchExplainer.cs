using System.Globalization;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Matching.Input;

namespace Employment.Matching.Features;

/// <summary>
/// Turns each factor into a reason or a blocker, ordered by how much that factor moved this pair's score in the scorer
/// that ranked it (decision 0047). A factor is a reason only when its words are good news and it raised the score;
/// a fact that stands in the way is a blocker whatever the scorer made of it. The words come from the same numbers
/// the ranker sees.
/// </summary>
public static class MatchExplainer
{
    /// <summary>Explained by the rule scorer's own terms, for when no model ranked.</summary>
    public static MatchExplanation Explain(MatchFeatures f, CandidateProfile profile, OpportunityFacts opportunity, EmployerFacts employer, SocHierarchy soc) =>
        Explain(f, profile, opportunity, employer, soc, FactorContributions.FromRule(f));

    public static MatchExplanation Explain(MatchFeatures f, CandidateProfile profile, OpportunityFacts opportunity, EmployerFacts employer, SocHierarchy soc,
        FactorContributions contributions)
    {
        var name = profile.NameOrDefault;
        var said = new List<(Factor Factor, string Text, bool IsReason)>();
        void Reason(Factor factor, string text) => said.Add((factor, text, true));
        void Blocker(Factor factor, string text) => said.Add((factor, text, false));

        if (f.Eligible == 0)
        {
            Blocker(Factor.Eligibility, $"Supported internships are for people aged {Eligibility.InternshipMinAge} to {Eligibility.InternshipMaxAge} with an EHC plan: {name} cannot take this one");
        }

        var interest = Interest(f, profile, opportunity, soc, name);
        said.Add((Factor.Interest, interest.Text, interest.IsReason));

        var minutes = Journey.RoundedMinutes(f.JourneyMinutes);
        var journey = Journey.Describe(profile.TravelMode);
        // Rounding to 5 minutes can land on the limit from either side: "about 30 minutes — longer than the 30" would read as a contradiction.
        if (f.JourneyRatio <= 1)
        {
            var within = minutes <= profile.TravelMaxMinutes ? "within" : "just within";
            Reason(Factor.Journey, $"{journey} about {minutes} minutes — {within} the {profile.TravelMaxMinutes} minutes {name} can manage");
        }
        else
        {
            var longer = minutes > profile.TravelMaxMinutes ? "longer than" : "a little longer than";
            Blocker(Factor.Journey, $"{journey} about {minutes} minutes — {longer} the {profile.TravelMaxMinutes} minutes {name} can manage");
        }

        var hours = opportunity.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture);
        var range = $"{profile.HoursMin.ToString("0.#", CultureInfo.InvariantCulture)} to {profile.HoursMax.ToString("0.#", CultureInfo.InvariantCulture)}";
        if (f.HoursInsideRange == 1)
        {
            Reason(Factor.Hours, $"{hours} hours a week — within the {range} hours {name} wants");
        }
        else
        {
            Blocker(Factor.Hours, $"{hours} hours a week — outside the {range} hours {name} wants");
        }

        if (opportunity.SkillsRequired.Count > 0)
        {
            var missing = opportunity.SkillsRequired.Where(s => !profile.Skills.Contains(s, StringComparer.Ordinal)).ToList();
            var covered = opportunity.SkillsRequired.Count - missing.Count;
            if (covered > 0)
            {
                Reason(Factor.Skills, missing.Count == 0
                    ? $"{name} has the {Plural(covered, "skill")} asked for: {Words(opportunity.SkillsRequired)}"
                    : $"{name} has {covered} of the {opportunity.SkillsRequired.Count} skills asked for");
            }
            if (missing.Count > 0)
            {
                Blocker(Factor.Skills, $"Asks for {Words(missing)}, not among {name}'s skills");
            }
        }

        if (profile.SupportNeeds.Count > 0)
        {
            var missing = profile.SupportNeeds.Where(n => !opportunity.AdjustmentsOffered.Contains(n, StringComparer.Ordinal)).ToList();
            var offered = profile.SupportNeeds.Count - missing.Count;
            if (offered > 0)
            {
                Reason(Factor.Support, $"Offers {offered} of the {profile.SupportNeeds.Count} kinds of support {name} needs");
            }
            if (missing.Count > 0)
            {
                Blocker(Factor.Support, $"Does not say it offers: {Words(missing)}");
            }
        }

        if (employer.DcLevel != DisabilityConfidentLevel.None)
        {
            if (f.DcCurrent == 1)
            {
                Reason(Factor.DisabilityConfident, employer.DcLevel.Label());
            }
            else
            {
                Blocker(Factor.DisabilityConfident, $"The employer's Disability Confident membership ({employer.DcLevel.Label()}) has lapsed");
            }
        }
        if (f.InterviewGuaranteed == 1)
        {
            Reason(Factor.Interview, "Offers an interview to every disabled applicant who meets the essential criteria");
        }
        if (EmployerRecordWords(f.EmployerRecord) is { } record)
        {
            said.Add((Factor.EmployerRecord, record.Text, record.IsReason));
        }
        if (f.KindWanted == 0)
        {
            Blocker(Factor.Kind, $"{opportunity.Kind.Label()} is not one of the kinds of opportunity {name} wants");
        }
        else if (f.AnyKindWanted == 0)
        {
            Reason(Factor.Kind, $"{opportunity.Kind.Label()} is a kind of opportunity {name} wants");
        }
        if (opportunity.HourlyPay is { } pay)
        {
            Reason(Factor.Pay, f.PayToLivingWage >= 1
                ? $"Pays £{pay:0.00} an hour, at least the National Living Wage"
                : $"Pays £{pay:0.00} an hour");
        }

        // Good news the scorer did not reward is left out; ties keep the order above (stable sorts).
        var reasons = said.Where(s => s.IsReason && contributions[s.Factor] > 0)
            .OrderByDescending(s => contributions[s.Factor]);
        var blockers = said.Where(s => !s.IsReason).OrderBy(s => contributions[s.Factor]);
        return new MatchExplanation([.. reasons.Concat(blockers).Select(s => new ExplainedLine(s.Factor, s.Text, s.IsReason, contributions[s.Factor]))]);
    }

    private static (string Text, bool IsReason) Interest(MatchFeatures f, CandidateProfile profile, OpportunityFacts opportunity, SocHierarchy soc, string name)
    {
        var match = InterestMatch.Of(profile.Interests, opportunity.SocCode, soc);
        return match.Rank == 1 ? ($"The kind of work {name} wants most", true)
            : match.Rank > 1 ? ($"The kind of work {name} put {Ordinal(match.Rank)} in their interests", true)
            : f.SameMinorGroup == 1 ? ($"Close to the kind of work {name} is interested in", true)
            : f.SameMajorGroup == 1 ? ($"In the same broad area of work as {name}'s interests", true)
            : ($"Not the kind of work {name} said they are interested in", false);
    }

    /// <summary>A poor record is only said once it rests on this many proposals; a good one is said whenever the scorer rewarded it.</summary>
    public const int PoorRecordSaidFrom = 5;

    private static (string Text, bool IsReason)? EmployerRecordWords(EmployerRecord record)
    {
        if (record.Proposals == 0 || (!record.StartsMoreThanMost && record.Proposals < PoorRecordSaidFrom))
        {
            return null;
        }
        var text = record.Proposals == 1
            ? $"The one person proposed to this employer before {(record.Started == 1 ? "started work" : "did not start work")}"
            : record.Started == 0 ? $"None of the {record.Proposals} people proposed to this employer before started work"
            : $"{(record.StartsMoreThanMost ? "" : "Only ")}{record.Started} of the {record.Proposals} people proposed to this employer before started work";
        return (text, record.StartsMoreThanMost);
    }

    private static string Words(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => c.Replace('_', ' ')));

    private static string Plural(int n, string noun) => n == 1 ? noun : $"{n} {noun}s";

    private static string Ordinal(int n) => n switch
    {
        2 => "second",
        3 => "third",
        _ => n.ToString(CultureInfo.InvariantCulture) + "th",
    };
}
