using System.ComponentModel.DataAnnotations;
using Employment.Core.Employers;
using Employment.Web.Infrastructure.GovUk;

namespace Employment.Web.Features.Registration;

public sealed class RegisterOrganisationForm
{
    [Required(ErrorMessage = "Enter your organisation's name")]
    [StringLength(200, ErrorMessage = "Organisation name must be 200 characters or fewer")]
    public string? OrganisationName { get; set; }

    [StringLength(200, ErrorMessage = "Sector must be 200 characters or fewer")]
    public string? Sector { get; set; }

    [Required(ErrorMessage = "Select your Disability Confident level, or 'Not a member'")]
    public DisabilityConfidentLevel? Level { get; set; }

    public DateParts MembershipEnds { get; set; } = new();

    [Required(ErrorMessage = "Enter your full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter a password")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Confirm your password")]
    [Compare(nameof(Password), ErrorMessage = "The passwords do not match")]
    public string? ConfirmPassword { get; set; }
}
