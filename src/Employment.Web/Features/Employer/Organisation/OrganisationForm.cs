using Employment.Core.Employers;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using EmployerEntity = Employment.Core.Employers.Employer;

namespace Employment.Web.Features.Employer.Organisation;

/// <summary>An organisation's profile, as its own staff or a job coach edits it (and as a coach adds one).</summary>
public sealed class OrganisationForm
{
    /// <summary>How the membership end date is named in its error messages.</summary>
    public const string MembershipEndsName = "the date the membership ends";

    public string? Name { get; set; }

    public string? Sector { get; set; }

    public DisabilityConfidentLevel? Level { get; set; }

    public DateParts MembershipEnds { get; set; } = new();

    public List<string> Adjustments { get; set; } = [];

    [BindNever, ValidateNever]
    public FormPage Page { get; set; } = null!;

    /// <summary>Only a member has a membership end date.</summary>
    public bool IsMember => Level is { } level && level != DisabilityConfidentLevel.None;

    /// <summary>What to save, once the validator found nothing wrong.</summary>
    public OrganisationProfile ToProfile() => new(
        Name!.Trim(), string.IsNullOrWhiteSpace(Sector) ? null : Sector.Trim(), Level!.Value,
        IsMember ? MembershipEnds.Parse(MembershipEndsName).Date : null, Adjustments);

    public static OrganisationForm From(EmployerEntity employer) => new()
    {
        Name = employer.Name,
        Sector = employer.Sector,
        Level = employer.DcLevel,
        MembershipEnds = DateParts.From(employer.DcValidUntil),
        Adjustments = [.. employer.AdjustmentsUsuallyOffered],
    };
}

/// <summary>A workplace: its name and postcode (located offline from the postcode district).</summary>
public sealed class SiteForm
{
    public string? Name { get; set; }

    public string? Postcode { get; set; }

    [BindNever, ValidateNever]
    public FormPage Page { get; set; } = null!;
}
