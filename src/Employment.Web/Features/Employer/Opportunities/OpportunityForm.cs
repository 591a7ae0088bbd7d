using System.Globalization;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.Employer.Opportunities;

/// <summary>
/// An opportunity as typed. Numbers are kept as text so what people typed is shown back to them
/// with a clear message when it is not a number; <see cref="OpportunityFormValidator"/> checks it all.
/// The <c>To…</c> methods read what was typed (null when it does not read) and are the one place it is parsed.
/// </summary>
public sealed class OpportunityForm
{
    /// <summary>How the closing date is named in its error messages.</summary>
    public const string ClosesOnName = "the closing date";

    public OpportunityKind? Kind { get; set; }

    public string? Title { get; set; }

    public string? SocCode { get; set; }

    public string? Description { get; set; }

    public string? HoursPerWeek { get; set; }

    public string? HourlyPay { get; set; }

    public PayBand? PayBand { get; set; }

    /// <summary>Asked by the posting journey for a supported internship only: whether the employer will pay the intern.</summary>
    public bool? InternPaid { get; set; }

    public Guid? SiteId { get; set; }

    public List<string> Skills { get; set; } = [];

    public List<string> Adjustments { get; set; } = [];

    public bool? InterviewGuaranteed { get; set; }

    public DateParts ClosesOn { get; set; } = new();

    public string? InternshipLengthMonths { get; set; }

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

    public OpportunityKind? ToKind() => Kind is { } kind && Enum.IsDefined(kind) ? kind : null;

    public decimal? ToHoursPerWeek() =>
        decimal.TryParse(HoursPerWeek?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) ? hours : null;

    /// <summary>The pay as typed, without a pound sign.</summary>
    public string? TypedPay => HourlyPay?.Trim().TrimStart('£').Trim();

    public decimal? ToHourlyPay() =>
        decimal.TryParse(TypedPay, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var pay) ? pay : null;

    public PayBand? ToPayBand() => PayBand is { } band && Enum.IsDefined(band) ? band : null;

    public DateOnly? ToClosesOn() => ClosesOn.IsEmpty ? null : ClosesOn.Parse(ClosesOnName).Date;

    public int? ToInternshipLengthMonths() =>
        int.TryParse(InternshipLengthMonths?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months) ? months : null;

    /// <summary>What to save, once the validator found nothing wrong.</summary>
    public OpportunityDetails ToDetails(EmployerSite site)
    {
        var kind = ToKind()!.Value;
        var internship = kind == OpportunityKind.SupportedInternship;
        return new OpportunityDetails(
            kind, Title!.Trim(), SocCode!, Description!.Trim(), ToHoursPerWeek()!.Value,
            kind.MayBePaid() ? ToHourlyPay() : null, kind.MayBePaid() && ToHourlyPay() is not null ? ToPayBand() : null, site,
            Skills, Adjustments, InterviewGuaranteed!.Value, ToClosesOn(),
            internship ? ToInternshipLengthMonths() : null, internship ? StudyProgrammePartner?.Trim() : null);
    }

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

/// <summary>
/// What the validator needs beyond the form: the organisation's sites, and when changing an opportunity its closing
/// date as stored. <paramref name="StoredValues"/> is set when reopening checks the stored opportunity rather than what
/// someone typed: then only today's rules are checked, not whether each answer was given.
/// </summary>
public sealed record OpportunityFormContext(IReadOnlyList<EmployerSite> Sites, DateOnly? StoredClosesOn = null, bool StoredValues = false)
{
    public EmployerSite? SiteFor(OpportunityForm form) => form.SiteId is { } id ? Sites.FirstOrDefault(s => s.Id == id) : null;
}
