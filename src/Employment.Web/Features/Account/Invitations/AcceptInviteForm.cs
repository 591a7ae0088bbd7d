using System.ComponentModel.DataAnnotations;

namespace Employment.Web.Features.Account.Invitations;

public sealed class AcceptInviteForm
{
    public Guid User { get; set; }
    public string? Token { get; set; }

    [Required(ErrorMessage = "Enter a password")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Confirm your password")]
    [Compare(nameof(Password), ErrorMessage = "The passwords do not match")]
    public string? ConfirmPassword { get; set; }
}
