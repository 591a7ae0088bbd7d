using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Employment.Core.Opportunities;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.Employer.Opportunities;

/// <summary>
/// An opportunity as typed. Numbers are kept as text so what people typed is shown back to them
/// with a clear message when it is not a number; <see cref="OpportunityEditor"/> checks the rest.
/// </summary>
public sealed class OpportunityForm
{
    [Required(ErrorMessage = "Select the kind of opportunity")]
    public OpportunityKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter a job title")]
    [StringLength(200, ErrorMessage = "Job title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Select the occupation")]
    public string? SocCode { get; set; }

    [Required(ErrorMessage = "Describe the opportunity")]
    [StringLength(4000, ErrorMessage = "Description must be 4,000 characters or fewer")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Enter the hours a week")]
    public string? HoursPerWeek { get; set; }

    public string? HourlyPay { get; set; }

    public PayBand? PayBand { get; set; }

    [Required(ErrorMessage = "Select the site where the person will work")]
    public Guid? SiteId { get; set; }

    public List<string> Skills { get; set; } = [];

    public List<string> Adjustments { get; set; } = [];

    [Required(ErrorMessage = "Select yes if you guarantee an interview to disabled applicants who meet the essential criteria")]
    public bool? InterviewGuaranteed { get; set; }

    public DateParts ClosesOn { get; set; } = new();

    public string? InternshipLengthMonths { get; set; }

    [StringLength(200, ErrorMessage = "Study programme partner must be 200 characters or fewer")]
    public string? StudyProgrammePartner { get; set; }

    /// <summary>How the form was sent: "check" (first time), "confirm" (from Check your answers) or "change" (back to the form).</summary>
    public string? Step { get; set; }

    /// <summary>Set when the opportunity is being reopened: saving it reopens it.</summary>
    public bool Reopen { get; set; }

    [BindNever, ValidateNever]
    public FormPage Page { get; set; } = null!;

    [BindNever, ValidateNever]
    public IReadOnlyList<SelectListItem> SiteOptions { get; set; } = [];

    [BindNever, ValidateNever]
    public string AddSiteHref { get; set; } = "";

    public static OpportunityForm From(Opportunity o) => new()
    {
        Kind = o.Kind,
        Title = o.Title,
        SocCode = o.SocCode,
        Description = o.Description,
        HoursPerWeek = o.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture),
        HourlyPay = o.HourlyPay?.ToString("0.00", CultureInfo.InvariantCulture),
        PayBand = o.PayBand,
        SiteId = o.SiteId,
        Skills = [.. o.SkillsRequired],
        Adjustments = [.. o.AdjustmentsOffered],
        InterviewGuaranteed = o.InterviewGuaranteed,
        ClosesOn = DateParts.From(o.ClosesOn),
        InternshipLengthMonths = o.InternshipLengthMonths?.ToString(CultureInfo.InvariantCulture),
        StudyProgrammePartner = o.StudyProgrammePartner,
    };
}
