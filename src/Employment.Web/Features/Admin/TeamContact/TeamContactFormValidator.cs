using FluentValidation;
using Entity = Employment.Core.Accounts.TeamContact;

namespace Employment.Web.Features.Admin.TeamContact;

public sealed class TeamContactFormValidator : AbstractValidator<TeamContactForm>
{
    public TeamContactFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Name)
            .NotEmpty().WithMessage("Enter the team's name, like Supported Employment Team")
            .MaximumLength(Entity.MostNameLength).WithMessage($"The team's name must be {Entity.MostNameLength} characters or fewer");
        RuleFor(f => f.Phone)
            .NotEmpty().WithMessage("Enter the team's phone number")
            .MaximumLength(Entity.MostPhoneLength).WithMessage($"The phone number must be {Entity.MostPhoneLength} characters or fewer")
            .Must(PhoneNumbers.LooksValid).WithMessage(PhoneNumbers.Message);
        RuleFor(f => f.Email)
            .NotEmpty().WithMessage("Enter the team's email address")
            .MaximumLength(Entity.MostEmailLength).WithMessage($"The email address must be {Entity.MostEmailLength} characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
    }
}
