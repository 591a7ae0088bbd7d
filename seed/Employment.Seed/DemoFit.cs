using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;

namespace Employment.Seed;

/// <summary>
/// The latent fit the demo world's placement outcomes are drawn from (plus noise), so a ranker
/// trained on the demo data has something real to learn.
/// </summary>
public static class DemoFit
{
    public static double Score(JobSeeker seeker, Opportunity opportunity, DisabilityConfidentLevel employerLevel) =>
        Explain(seeker, opportunity, employerLevel).Total;

    public static FitBreakdown Explain(JobSeeker seeker, Opportunity opportunity, DisabilityConfidentLevel employerLevel)
    {
        var minutes = JourneyMinutes(seeker.HomeLatitude, seeker.HomeLongitude, opportunity.Latitude, opportunity.Longitude, seeker.TravelMode);
        var max = Math.Max(1, seeker.TravelMaxMinutes);
        var needs = seeker.SupportNeeds;
        return new FitBreakdown(
            Interest: InterestMatch(seeker.Interests, opportunity.SocCode),
            Journey: minutes <= max ? 1 : Math.Max(0, 1 - (minutes - max) / max),
            Hours: HoursMatch(seeker.HoursMin, seeker.HoursMax, opportunity.HoursPerWeek),
            Support: needs.Count == 0 ? 1 : (double)needs.Count(opportunity.AdjustmentsOffered.Contains) / needs.Count,
            DisabilityConfident: employerLevel switch
            {
                DisabilityConfidentLevel.Leader => 1,
                DisabilityConfidentLevel.Employer => 0.75,
                DisabilityConfidentLevel.Committed => 0.5,
                _ => 0,
            },
            InterviewGuaranteed: opportunity.InterviewGuaranteed ? 1 : 0,
            Kind: seeker.PreferredKinds.Count == 0 ? 0.75 : seeker.PreferredKinds.Contains(opportunity.Kind) ? 1 : 0);
    }

    /// <summary>
    /// What shapes an outcome beyond what the coach weighs when choosing (<see cref="Explain"/>): each employer's own way
    /// with the people it takes on, which shows only through its record, and skills asked for that the person lacks.
    /// Without these the demo's outcomes follow the rule scorer's own terms, so no model could beat it and a newcomer
    /// never saw the ranker rank (decision 0085).
    /// </summary>
    public static double Unseen(JobSeeker seeker, Opportunity opportunity, Guid employerId)
    {
        var missing = opportunity.SkillsRequired.Count(s => !seeker.Skills.Contains(s));
        var asked = Math.Max(1, opportunity.SkillsRequired.Count);
        return 0.15 * EmployerWay(employerId) + 0.12 * (0.5 - (double)missing / asked);
    }

    /// <summary>An employer's own way with people, from -1 to 1: fixed for the employer, so a run gives the same world.</summary>
    public static double EmployerWay(Guid employerId)
    {
        Span<byte> bytes = stackalloc byte[16];
        employerId.TryWriteBytes(bytes);
        return BitConverter.ToUInt32(bytes[..4]) / (double)uint.MaxValue * 2 - 1;
    }

    /// <summary>Exact SOC unit group beats the same minor group (first three digits), which beats the same major group.</summary>
    public static double InterestMatch(IReadOnlyList<string> interests, string socCode)
    {
        var best = 0.0;
        for (var i = 0; i < interests.Count; i++)
        {
            var interest = interests[i];
            var match = interest == socCode ? (i == 0 ? 1.0 : 0.9)
                : interest.Length >= 3 && socCode.Length >= 3 && interest[..3] == socCode[..3] ? 0.6
                : interest.Length >= 1 && socCode.Length >= 1 && interest[0] == socCode[0] ? 0.3
                : 0;
            best = Math.Max(best, match);
        }
        return best;
    }

    /// <summary>A rough door-to-door time from the straight-line distance.</summary>
    public static double JourneyMinutes(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude, TravelMode mode)
    {
        var km = DistanceKm(fromLatitude, fromLongitude, toLatitude, toLongitude);
        return mode switch
        {
            TravelMode.Walk => km / 5 * 60,
            TravelMode.PublicTransport => 10 + km / 15 * 60,
            _ => km / 30 * 60,
        };
    }

    public static double DistanceKm(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude)
    {
        const double earthRadiusKm = 6371;
        var dLat = (toLatitude - fromLatitude) * Math.PI / 180;
        var dLon = (toLongitude - fromLongitude) * Math.PI / 180;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(fromLatitude * Math.PI / 180) * Math.Cos(toLatitude * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * earthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double HoursMatch(decimal min, decimal max, decimal hours)
    {
        var gap = hours < min ? min - hours : hours > max ? hours - max : 0;
        return Math.Max(0, 1 - (double)gap / 10);
    }
}
