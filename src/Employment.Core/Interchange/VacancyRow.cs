using Employment.Core.Opportunities;

namespace Employment.Core.Interchange;

internal sealed record VacancyRow(
    int Line,
    string Id,
    string EmployerId,
    string Title,
    OpportunityKind Kind,
    string SocCode,
    string[] SkillsRequired,
    string[] AdjustmentsOffered,
    decimal HoursPerWeek,
    decimal? HourlyPay,
    double Latitude,
    double Longitude,
    DateOnly PostedOn,
    DateOnly? ClosesOn,
    bool InterviewGuaranteed);
