namespace Employment.Web.Features.Account.Passwords;

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class ForgottenPasswordForm
{
    public string? Email { get; set; }
}

public sealed class ResetPasswordForm
{
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}
