using FluentValidation;

namespace Employment.Web.Features.Account;

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Email)
            .NotEmpty().WithMessage("Enter your email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");

        RuleFor(f => f.Password)
            .NotEmpty().WithMessage("Enter your password");
    }
}
