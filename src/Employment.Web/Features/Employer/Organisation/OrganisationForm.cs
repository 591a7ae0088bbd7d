using System.ComponentModel.DataAnnotations;
using Employment.Core.Employers;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using EmployerEntity = Employment.Core.Employers.Employer;

namespace Employment.Web.Features.Employer.Organisation;

/// <summary>An organisation's profile, as its own staff or a job coach edits it (and as a coach adds one).</summary>
public sealed class OrganisationForm
{
    [Required(ErrorMessage = "Enter the organisation's name")]
    [StringLength(200, ErrorMessage = "Organisation name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "Sector must be 200 characters or fewer")]
    public string? Sector { get; set; }

    [Required(ErrorMessage = "Select the Disability Confident level, or 'Not a member'")]
    public DisabilityConfidentLevel? Level { get; set; }

    public DateParts MembershipEnds { get; set; } = new();

    public List<string> Adjustments { get; set; } = [];

    [BindNever, ValidateNever]
    public FormPage Page { get; set; } = null!;

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
    [Required(ErrorMessage = "Enter a name for the site, like 'Main shop' or 'Head office'")]
    [StringLength(200, ErrorMessage = "Site name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter the site's postcode")]
    [StringLength(10, ErrorMessage = "Enter a real postcode, like LE1 6ZG")]
    public string? Postcode { get; set; }

    [BindNever, ValidateNever]
    public FormPage Page { get; set; } = null!;
}
