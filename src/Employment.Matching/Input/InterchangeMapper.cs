using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Interchange;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;

namespace Employment.Matching.Input;

/// <summary>Makes the ranker's input from the rows of an interchange dataset (already checked by DatasetReader).</summary>
internal static class InterchangeMapper
{
    public static CandidateProfile ToProfile(this CandidateRow row) => new()
    {
        Id = row.Id,
        DateOfBirth = row.DateOfBirth,
        HasEhcPlan = row.HasEhcPlan,
        Latitude = row.Latitude,
        Longitude = row.Longitude,
        LocalAuthorityId = row.LocalAuthorityId,
        Interests = row.Interests,
        Skills = row.Skills,
        SupportNeeds = row.SupportNeeds,
        TravelMode = Parse<TravelMode>(row.TravelMode),
        TravelMaxMinutes = row.TravelMaxMinutes,
        HoursMin = row.HoursMin,
        HoursMax = row.HoursMax,
        PreferredKinds = row.PreferredKinds.Select(Parse<OpportunityKind>).ToArray(),
    };

    public static OpportunityFacts ToFacts(this VacancyRow row) => new()
    {
        Id = row.Id,
        EmployerId = row.EmployerId,
        Title = row.Title,
        Kind = row.Kind,
        SocCode = row.SocCode,
        SkillsRequired = row.SkillsRequired,
        AdjustmentsOffered = row.AdjustmentsOffered,
        HoursPerWeek = row.HoursPerWeek,
        HourlyPay = row.HourlyPay,
        Latitude = row.Latitude,
        Longitude = row.Longitude,
        InterviewGuaranteed = row.InterviewGuaranteed,
    };

    public static EmployerFacts ToFacts(this EmployerRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        DcLevel = Parse<DisabilityConfidentLevel>(row.DcLevel),
        DcValidUntil = row.DcValidUntil,
    };

    private static TEnum Parse<TEnum>(string word) where TEnum : struct, Enum =>
        SnakeCase.TryParse<TEnum>(word, out var value) ? value : throw new FormatException($"\"{word}\" is not a {typeof(TEnum).Name}.");
}
