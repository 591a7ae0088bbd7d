using System.Globalization;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Matching.Input;

namespace Employment.Matching.Features;

/// <summary>Turns each feature into a reason or a blocker. The words come from the same numbers the ranker sees.</summary>
public static class MatchExplainer
{
    public static MatchExplanation Explain(MatchFeatures f, CandidateProfile profile, OpportunityFacts opportunity, EmployerFacts employer, SocHierarchy soc)
    {
        var name = profile.NameOrDefault;
        var reasons = new List<string>();
        var blockers = new List<string>();

        if (f.Eligible == 0)
        {
            blockers.Add($"Supported internships are for people aged {Eligibility.InternshipMinAge} to {Eligibility.InternshipMaxAge} with an EHC plan: {name} cannot take this one");
        }

        Interest(f, profile, opportunity, soc, name, reasons, blockers);

        var minutes = RoundToFive(f.JourneyMinutes);
        var journey = Journey.Describe(profile.TravelMode);
        if (f.JourneyRatio <= 1)
        {
            reasons.Add($"{journey} about {minutes} minutes — within the {profile.TravelMaxMinutes} minutes {name} can manage");
        }
        else
        {
            blockers.Add($"{journey} about {minutes} minutes — longer than the {profile.TravelMaxMinutes} minutes {name} can manage");
        }

        var hours = opportunity.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture);
        var range = $"{profile.HoursMin.ToString("0.#", CultureInfo.InvariantCulture)} to {profile.HoursMax.ToString("0.#", CultureInfo.InvariantCulture)}";
        (f.HoursInsideRange == 1 ? reasons : blockers).Add(f.HoursInsideRange == 1
            ? $"{hours} hours a week — within the {range} hours {name} wants"
            : $"{hours} hours a week — outside the {range} hours {name} wants");

        if (opportunity.SkillsRequired.Count > 0)
        {
            var covered = opportunity.SkillsRequired.Count(s => profile.Skills.Contains(s, StringComparer.Ordinal));
            reasons.Add($"{name} has {covered} of the {opportunity.SkillsRequired.Count} skills asked for");
        }

        Support(profile, opportunity, reasons, blockers);

        if (employer.DcLevel != DisabilityConfidentLevel.None)
        {
            (f.DcCurrent == 1 ? reasons : blockers).Add(f.DcCurrent == 1
                ? $"{employer.DcLevel.Label()}"
                : $"The employer's Disability Confident membership ({employer.DcLevel.Label()}) has lapsed");
        }
        if (f.InterviewGuaranteed == 1)
        {
            reasons.Add("Offers an interview to every disabled applicant who meets the essential criteria");
        }
        if (f.KindWanted == 0)
        {
            blockers.Add($"{opportunity.Kind.Label()} is not one of the kinds of opportunity {name} wants");
        }
        else if (f.AnyKindWanted == 0)
        {
            reasons.Add($"{opportunity.Kind.Label()} is a kind of opportunity {name} wants");
        }
        if (opportunity.HourlyPay is { } pay)
        {
            reasons.Add(f.PayToLivingWage >= 1
                ? $"Pays £{pay:0.00} an hour, at least the National Living Wage"
                : $"Pays £{pay:0.00} an hour");
        }
        return new MatchExplanation(reasons, blockers);
    }

    private static void Interest(MatchFeatures f, CandidateProfile profile, OpportunityFacts opportunity, SocHierarchy soc, string name, List<string> reasons, List<string> blockers)
    {
        var match = InterestMatch.Of(profile.Interests, opportunity.SocCode, soc);
        if (match.Rank == 1)
        {
            reasons.Add($"The kind of work {name} wants most");
        }
        else if (match.Rank > 1)
        {
            reasons.Add($"The kind of work {name} put {Ordinal(match.Rank)} in their interests");
        }
        else if (f.SameMinorGroup == 1)
        {
            reasons.Add($"Close to the kind of work {name} is interested in");
        }
        else if (f.SameMajorGroup == 1)
        {
            reasons.Add($"In the same broad area of work as {name}'s interests");
        }
        else
        {
            blockers.Add($"Not the kind of work {name} said they are interested in");
        }
    }

    private static void Support(CandidateProfile profile, OpportunityFacts opportunity, List<string> reasons, List<string> blockers)
    {
        if (profile.SupportNeeds.Count == 0)
        {
            return;
        }
        var missing = profile.SupportNeeds.Where(n => !opportunity.AdjustmentsOffered.Contains(n, StringComparer.Ordinal)).ToList();
        var offered = profile.SupportNeeds.Count - missing.Count;
        if (offered > 0)
        {
            reasons.Add($"Offers {offered} of the {profile.SupportNeeds.Count} kinds of support {profile.NameOrDefault} needs");
        }
        if (missing.Count > 0)
        {
            blockers.Add($"Does not say it offers: {string.Join(", ", missing.Select(m => m.Replace('_', ' ')))}");
        }
    }

    private static int RoundToFive(float minutes) => Math.Max(5, (int)Math.Round(minutes / 5) * 5);

    private static string Ordinal(int n) => n switch
    {
        2 => "second",
        3 => "third",
        _ => n.ToString(CultureInfo.InvariantCulture) + "th",
    };
}
