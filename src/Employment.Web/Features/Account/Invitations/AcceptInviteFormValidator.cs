using FluentValidation;

namespace Employment.Web.Features.Account.Invitations;

/// <summary>The password's own rules (length, different characters) are Identity's, checked when it is saved.</summary>
public sealed class AcceptInviteFormValidator : AbstractValidator<AcceptInviteForm>
{
    public AcceptInviteFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Password)
            .NotEmpty().WithMessage("Enter a password");

        RuleFor(f => f.ConfirmPassword)
            .NotEmpty().WithMessage("Confirm your password")
            .Equal(f => f.Password).WithMessage("The passwords do not match");
    }
}
