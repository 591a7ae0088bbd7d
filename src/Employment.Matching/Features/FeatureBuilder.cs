using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Input;

namespace Employment.Matching.Features;

/// <summary>The one place features are computed from a profile, an opportunity and its employer on a given day.</summary>
public static class FeatureBuilder
{
    public static MatchFeatures Build(CandidateProfile profile, OpportunityFacts opportunity, EmployerFacts employer, DateOnly today, SocHierarchy soc)
    {
        var interest = InterestMatch.Of(profile.Interests, opportunity.SocCode, soc);
        var km = Journey.DistanceKm(profile.Latitude, profile.Longitude, opportunity.Latitude, opportunity.Longitude);
        var minutes = Journey.Minutes(km, profile.TravelMode);
        var hoursOutside = HoursOutside(profile.HoursMin, profile.HoursMax, opportunity.HoursPerWeek);
        var notOffered = profile.SupportNeeds.Count - CountIn(profile.SupportNeeds, opportunity.AdjustmentsOffered);
        var age = Age.On(profile.DateOfBirth, today);
        var paid = opportunity.Kind.IsPaid() || opportunity.HourlyPay is > 0;
        var livingWage = MinimumWage.NationalLivingWage(today);
        return new MatchFeatures
        {
            InterestExact = interest.Rank > 0 ? 1 : 0,
            InterestRank = interest.Rank,
            SameMinorGroup = Flag(interest.SameMinor),
            SameSubMajorGroup = Flag(interest.SameSubMajor),
            SameMajorGroup = Flag(interest.SameMajor),
            SkillsCoveredShare = Share(opportunity.SkillsRequired, profile.Skills),
            JourneyMinutes = (float)minutes,
            JourneyRatio = (float)(minutes / Math.Max(1, profile.TravelMaxMinutes)),
            HoursInsideRange = Flag(hoursOutside == 0),
            HoursOutsideRange = (float)hoursOutside,
            SupportOfferedShare = Share(profile.SupportNeeds, opportunity.AdjustmentsOffered),
            SupportNotOffered = notOffered,
            DcLevel = (float)employer.DcLevel,
            DcCurrent = Flag(employer.IsDisabilityConfidentOn(today)),
            KindWanted = Flag(profile.PreferredKinds.Count == 0 || profile.PreferredKinds.Contains(opportunity.Kind)),
            AnyKindWanted = Flag(profile.PreferredKinds.Count == 0),
            Eligible = Flag(Eligibility.IsEligible(opportunity.Kind, age, profile.HasEhcPlan)),
            Paid = Flag(paid),
            PayToLivingWage = opportunity.HourlyPay is { } pay && livingWage > 0 ? (float)(pay / livingWage) : 0,
            InterviewGuaranteed = Flag(opportunity.InterviewGuaranteed),
            AgeBand = AgeBands.Of(age),
        };
    }

    public static decimal HoursOutside(decimal min, decimal max, decimal hours) =>
        hours < min ? min - hours : hours > max ? hours - max : 0;

    /// <summary>Share of <paramref name="wanted"/> found in <paramref name="have"/>; 1 when nothing is wanted.</summary>
    private static float Share(IReadOnlyList<string> wanted, IReadOnlyList<string> have) =>
        wanted.Count == 0 ? 1 : (float)CountIn(wanted, have) / wanted.Count;

    /// <summary>How many of <paramref name="items"/> are in <paramref name="have"/> (ordinal); plain loops, as this runs per pair.</summary>
    private static int CountIn(IReadOnlyList<string> items, IReadOnlyList<string> have)
    {
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            for (var j = 0; j < have.Count; j++)
            {
                if (string.Equals(item, have[j], StringComparison.Ordinal))
                {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static float Flag(bool value) => value ? 1 : 0;
}
