using Employment.Web.Features.Employer.Organisation;
using FluentValidation;

namespace Employment.Web.Features.Registration;

/// <summary>What an organisation registering itself must give. The password's own rules are Identity's, checked when the account is made.</summary>
public sealed class RegisterOrganisationFormValidator : AbstractValidator<RegisterOrganisationForm>
{
    public RegisterOrganisationFormValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.OrganisationName)
            .NotEmpty().WithMessage("Enter your organisation's name")
            .MaximumLength(200).WithMessage("Organisation name must be 200 characters or fewer");

        RuleFor(f => f.Sector)
            .MaximumLength(200).WithMessage("Sector must be 200 characters or fewer");

        RuleFor(f => f.Level)
            .NotNull().WithMessage("Select your Disability Confident level, or 'Not a member'");

        RuleFor(f => f.MembershipEnds)
            .MembershipEndDate(RegisterOrganisationForm.MembershipEndsName, clock)
            .When(f => f.IsMember);

        RuleFor(f => f.FullName)
            .NotEmpty().WithMessage("Enter your full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");

        RuleFor(f => f.Email)
            .NotEmpty().WithMessage("Enter your email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");

        RuleFor(f => f.Password)
            .NotEmpty().WithMessage("Enter a password");

        RuleFor(f => f.ConfirmPassword)
            .NotEmpty().WithMessage("Confirm your password")
            .Equal(f => f.Password).WithMessage("The passwords do not match");
    }
}
