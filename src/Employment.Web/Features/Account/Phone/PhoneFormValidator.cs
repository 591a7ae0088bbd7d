using Employment.Web.Features.Admin.TeamContact;
using FluentValidation;

namespace Employment.Web.Features.Account.Phone;

/// <summary>Empty is allowed (the number is taken away); anything typed must be a phone number.</summary>
public sealed class PhoneFormValidator : AbstractValidator<PhoneForm>
{
    public const int MostLength = 30;

    public PhoneFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.PhoneNumber)
            .MaximumLength(MostLength).WithMessage($"The phone number must be {MostLength} characters or fewer")
            .Must(PhoneNumbers.LooksValid).WithMessage(PhoneNumbers.Message)
            .When(f => !string.IsNullOrWhiteSpace(f.PhoneNumber));
    }
}
