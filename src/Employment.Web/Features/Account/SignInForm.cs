using System.ComponentModel.DataAnnotations;

namespace Employment.Web.Features.Account;

public sealed class SignInForm
{
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter your password")]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
