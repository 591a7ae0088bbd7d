using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;

namespace Employment.Matching.Input;

/// <summary>Makes the ranker's input from the EF entities, so the web pages build features exactly as training does.</summary>
public static class EntityMapper
{
    public static CandidateProfile ToProfile(this JobSeeker seeker) => new()
    {
        Id = seeker.SourceId ?? seeker.Id.ToString("N"),
        FirstName = seeker.FirstName,
        DateOfBirth = seeker.DateOfBirth,
        HasEhcPlan = seeker.HasEhcPlan,
        Latitude = seeker.HomeLatitude,
        Longitude = seeker.HomeLongitude,
        LocalAuthorityId = seeker.LocalAuthorityId,
        Interests = seeker.Interests,
        Skills = seeker.Skills,
        SupportNeeds = seeker.SupportNeeds,
        TravelMode = seeker.TravelMode,
        TravelMaxMinutes = seeker.TravelMaxMinutes,
        HoursMin = seeker.HoursMin,
        HoursMax = seeker.HoursMax,
        PreferredKinds = seeker.PreferredKinds,
    };

    public static OpportunityFacts ToFacts(this Opportunity opportunity) => new()
    {
        Id = opportunity.SourceId ?? opportunity.Id.ToString("N"),
        EmployerId = opportunity.Employer?.SourceId ?? opportunity.EmployerId.ToString("N"),
        Title = opportunity.Title,
        Kind = opportunity.Kind,
        SocCode = opportunity.SocCode,
        SkillsRequired = opportunity.SkillsRequired,
        AdjustmentsOffered = opportunity.AdjustmentsOffered,
        HoursPerWeek = opportunity.HoursPerWeek,
        HourlyPay = opportunity.HourlyPay,
        Latitude = opportunity.Latitude,
        Longitude = opportunity.Longitude,
        InterviewGuaranteed = opportunity.InterviewGuaranteed,
    };

    public static EmployerFacts ToFacts(this Employer employer) => new()
    {
        Id = employer.SourceId ?? employer.Id.ToString("N"),
        Name = employer.Name,
        DcLevel = employer.DcLevel,
        DcValidUntil = employer.DcValidUntil,
    };
}
