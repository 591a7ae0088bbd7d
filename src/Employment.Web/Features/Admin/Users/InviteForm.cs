using System.ComponentModel.DataAnnotations;

namespace Employment.Web.Features.Admin.Users;

public sealed class InviteForm
{
    [Required(ErrorMessage = "Enter the person's full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Enter the person's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Select what the person does")]
    public string? Role { get; set; }

    /// <summary>Required when the role is employer.</summary>
    public Guid? EmployerId { get; set; }
}
