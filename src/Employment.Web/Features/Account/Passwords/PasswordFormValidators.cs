using FluentValidation;

namespace Employment.Web.Features.Account.Passwords;

/// <summary>The new password's own rules (length, different characters) are Identity's, checked when it is saved.</summary>
public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("Enter a new password")
            .MaximumLength(200).WithMessage("New password must be 200 characters or fewer");
        RuleFor(f => f.ConfirmPassword).NotEmpty().WithMessage("Confirm your new password")
            .Equal(f => f.NewPassword).WithMessage("The new passwords do not match");
    }
}

public sealed class ForgottenPasswordFormValidator : AbstractValidator<ForgottenPasswordForm>
{
    public ForgottenPasswordFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
    }
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("Enter a new password")
            .MaximumLength(200).WithMessage("New password must be 200 characters or fewer");
        RuleFor(f => f.ConfirmPassword).NotEmpty().WithMessage("Confirm your new password")
            .Equal(f => f.NewPassword).WithMessage("The new passwords do not match");
    }
}
