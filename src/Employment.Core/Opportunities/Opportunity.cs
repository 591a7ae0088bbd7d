using Employment.Core.Employers;
using Employment.Core.Reference;

namespace Employment.Core.Opportunities;

/// <summary>A vacancy, supported internship or other opportunity an employer offers.</summary>
public class Opportunity
{
    public Guid Id { get; set; }
    public string? SourceId { get; set; }

    public Guid EmployerId { get; set; }
    public Employer? Employer { get; set; }

    public OpportunityKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    public required string SocCode { get; set; }
    public SocUnitGroup? Soc { get; set; }

    public List<string> SkillsRequired { get; set; } = [];
    public List<string> AdjustmentsOffered { get; set; } = [];

    public decimal HoursPerWeek { get; set; }

    /// <summary>Pounds an hour; null for unpaid kinds.</summary>
    public decimal? HourlyPay { get; set; }

    /// <summary>Who the hourly rate is for, which sets the minimum wage it must meet; null for unpaid kinds.</summary>
    public PayBand? PayBand { get; set; }

    public Guid? SiteId { get; set; }
    public EmployerSite? Site { get; set; }

    public string? Postcode { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }

    public bool InterviewGuaranteed { get; set; }

    public DateOnly PostedOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Supported internships only.</summary>
    public int? InternshipLengthMonths { get; set; }

    /// <summary>Supported internships only: the college or provider running the study programme.</summary>
    public string? StudyProgrammePartner { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsOpenOn(DateOnly day) => ClosedOn is null && (ClosesOn is null || ClosesOn >= day) && PostedOn <= day;
}
