using Employment.Core.Employers;

namespace Employment.Core.Opportunities;

/// <summary>An opportunity as the form checked it: what <see cref="OpportunityService"/> saves.</summary>
public sealed record OpportunityDetails(
    OpportunityKind Kind, string Title, string SocCode, string Description, decimal HoursPerWeek, decimal? HourlyPay, PayBand? PayBand,
    EmployerSite Site, IReadOnlyList<string> Skills, IReadOnlyList<string> Adjustments, bool InterviewGuaranteed, DateOnly? ClosesOn,
    int? InternshipLengthMonths, string? StudyProgrammePartner);
