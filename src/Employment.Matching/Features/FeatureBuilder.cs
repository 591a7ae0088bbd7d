using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Matching.Input;

namespace Employment.Matching.Features;

/// <summary>The one place features are computed from a profile, an opportunity and its employer on a given day.</summary>
public static class FeatureBuilder
{
    /// <param name="employerRecord">The employer's record as of <paramref name="today"/>; none when not given.</param>
    public static MatchFeatures Build(CandidateProfile profile, OpportunityFacts opportunity, EmployerFacts employer, DateOnly today, SocHierarchy soc,
        EmployerRecord employerRecord = default)
    {
        var interest = InterestMatch.Of(profile.Interests, opportunity.SocCode, soc);
        var km = Journey.DistanceKm(profile.Latitude, profile.Longitude, opportunity.Latitude, opportunity.Longitude);
        var minutes = Journey.Minutes(km, profile.TravelMode);
        var hoursOutside = HoursOutside(profile.HoursMin, profile.HoursMax, opportunity.HoursPerWeek);
        var (missingSkills, missingSkillBits) = Missing(opportunity.SkillsRequired, profile.Skills, FeatureVocabulary.SkillBit);
        var (notOffered, unmetNeedBits) = Missing(profile.SupportNeeds, opportunity.AdjustmentsOffered, FeatureVocabulary.NeedBit);
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
            SkillsCoveredShare = opportunity.SkillsRequired.Count == 0 ? 1 : (float)(opportunity.SkillsRequired.Count - missingSkills) / opportunity.SkillsRequired.Count,
            JourneyMinutes = (float)minutes,
            JourneyRatio = (float)(minutes / Math.Max(1, profile.TravelMaxMinutes)),
            HoursInsideRange = Flag(hoursOutside == 0),
            HoursOutsideRange = (float)hoursOutside,
            SupportOfferedShare = profile.SupportNeeds.Count == 0 ? 1 : (float)(profile.SupportNeeds.Count - notOffered) / profile.SupportNeeds.Count,
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
            DistanceKm = (float)km,
            TravelMode = (float)profile.TravelMode,
            TravelMaxMinutes = profile.TravelMaxMinutes,
            HoursPerWeek = (float)opportunity.HoursPerWeek,
            HoursMin = (float)profile.HoursMin,
            HoursMax = (float)profile.HoursMax,
            HoursShort = (float)Math.Max(0, profile.HoursMin - opportunity.HoursPerWeek),
            HoursOver = (float)Math.Max(0, opportunity.HoursPerWeek - profile.HoursMax),
            SkillsRequired = opportunity.SkillsRequired.Count,
            SkillsMissing = missingSkills,
            NeedsCount = profile.SupportNeeds.Count,
            HourlyPay = (float)(opportunity.HourlyPay ?? 0),
            HasEhcPlan = Flag(profile.HasEhcPlan),
            Kind = (float)opportunity.Kind,
            InterestCount = profile.Interests.Count,
            EmployerRecord = employerRecord,
            MissingSkillBits = missingSkillBits,
            UnmetNeedBits = unmetNeedBits,
        };
    }

    public static decimal HoursOutside(decimal min, decimal max, decimal hours) =>
        hours < min ? min - hours : hours > max ? hours - max : 0;

    /// <summary>
    /// How many of <paramref name="wanted"/> are not in <paramref name="have"/> (ordinal), and their bits; plain loops,
    /// as this runs per pair.
    /// </summary>
    private static (int Count, ulong Bits) Missing(IReadOnlyList<string> wanted, IReadOnlyList<string> have, Func<string, ulong> bit)
    {
        var count = 0;
        var bits = 0UL;
        for (var i = 0; i < wanted.Count; i++)
        {
            var item = wanted[i];
            var found = false;
            for (var j = 0; j < have.Count && !found; j++)
            {
                found = string.Equals(item, have[j], StringComparison.Ordinal);
            }
            if (!found)
            {
                count++;
                bits |= bit(item);
            }
        }
        return (count, bits);
    }

    private static float Flag(bool value) => value ? 1 : 0;
}
