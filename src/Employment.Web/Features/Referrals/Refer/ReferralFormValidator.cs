using Employment.Core.Reference;
using Employment.Core.Referrals;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.Referrals.Refer;

public sealed class ReferralFormValidator : AbstractValidator<ReferralForm>
{
    public ReferralFormValidator(PostcodeLocator postcodes)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.SubmissionKey)
            .Must(key => Guid.TryParse(key, out _)).WithMessage("The form was not complete: send it again");

        RuleFor(f => f.Source)
            .Must((form, typed, validation) => !validation.FormContext<ReferralFormContext>().RecordedByCoach || ReferralForm.ReadSource(typed) is not null)
            .WithMessage("Select who referred the person");

        RuleFor(f => f.ReferrerDetails)
            .MaximumLength(ReferralLimits.ShortText).WithMessage($"Who referred them must be {ReferralLimits.ShortText} characters or fewer");

        RuleFor(f => f.LocalAuthorityId)
            .Must((form, typed, validation) => ReferralForm.ReadCouncil(typed) is { } id && validation.FormContext<ReferralFormContext>().Councils.Contains(id))
            .WithMessage("Select the council whose team you are referring the person to");

        RuleFor(f => f.FirstName)
            .NotEmpty().WithMessage("Enter the person's first name")
            .MaximumLength(ReferralLimits.Name).WithMessage($"First name must be {ReferralLimits.Name} characters or fewer");

        RuleFor(f => f.LastName)
            .NotEmpty().WithMessage("Enter the person's last name")
            .MaximumLength(ReferralLimits.Name).WithMessage($"Last name must be {ReferralLimits.Name} characters or fewer");

        RuleFor(f => f.DateOfBirth).Custom((parts, validation) =>
        {
            var (date, error) = parts.Parse(ReferralForm.DateName);
            var today = validation.FormContext<ReferralFormContext>().Today;
            if (error is not null)
            {
                validation.AddFailure(error);
            }
            else if (date > today.AddYears(-14) || date < today.AddYears(-80))
            {
                validation.AddFailure("Their date of birth must be for someone aged between 14 and 80");
            }
        });

        RuleFor(f => f.Postcode)
            .NotEmpty().WithMessage("Enter the person's home postcode")
            .MaximumLength(10).WithMessage("Enter a real postcode, like LE1 6ZG")
            .MustAsync(async (postcode, ct) => await postcodes.LocateAsync(postcode, ct) is not null).WithMessage("Enter a real postcode, like LE1 6ZG");

        RuleFor(f => f.Email)
            .MaximumLength(ReferralLimits.Email).WithMessage($"Email address must be {ReferralLimits.Email} characters or fewer")
            .Matches(@"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$").When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage("Enter an email address in the right format, like name@example.com");

        RuleFor(f => f.Phone)
            .MaximumLength(ReferralLimits.Phone).WithMessage($"Phone number must be {ReferralLimits.Phone} characters or fewer")
            .Matches(@"^[0-9 +()\-]{7,}$").When(f => !string.IsNullOrWhiteSpace(f.Phone)).WithMessage("Enter a phone number, like 07700 900 982");

        RuleFor(f => f)
            .Must(f => !string.IsNullOrWhiteSpace(f.Email) || !string.IsNullOrWhiteSpace(f.Phone) || !string.IsNullOrWhiteSpace(f.HowToContact))
            .WithName(nameof(ReferralForm.HowToContact)).OverridePropertyName(nameof(ReferralForm.HowToContact))
            .WithMessage("Give at least one way to contact the person: an email address, a phone number, or how to reach them");

        RuleFor(f => f.HowToContact)
            .MaximumLength(ReferralLimits.ShortText).WithMessage($"How to contact them must be {ReferralLimits.ShortText} characters or fewer");

        RuleFor(f => f.WhatTheyWant)
            .NotEmpty().WithMessage("Say what the person wants help with")
            .MaximumLength(ReferralLimits.LongText).WithMessage($"What they want must be {ReferralLimits.LongText} characters or fewer");

        RuleFor(f => f.HasEhcPlan)
            .Must(typed => typed is "yes" or "no" or "not-known").WithMessage("Select whether the person has an Education, Health and Care plan");

        RuleFor(f => f.ConsentToShare)
            .Must(typed => typed is "yes" or "no").WithMessage("Select whether the person agreed to their details being shared")
            .Equal("yes").WithMessage(ReferralService.NoConsent.Message);
    }
}
