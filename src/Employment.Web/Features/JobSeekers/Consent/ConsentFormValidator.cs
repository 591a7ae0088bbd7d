using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Consent;

public sealed class ConsentFormValidator : AbstractValidator<ConsentForm>
{
    public ConsentFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Decision)
            .Must((form, _) => form.ToDecision() is not null).WithMessage("Select whether the person agrees to share");

        RuleFor(f => f.DecidedOn).Custom((parts, validation) =>
        {
            if (parts.Parse(ConsentForm.DecidedOnName).Error is { } error)
            {
                validation.AddFailure(error);
            }
        });

        RuleFor(f => f.ExplainedHow)
            .Must(way => ConsentForm.Ways.Any(w => w.Value == way)).WithMessage("Select how sharing was explained to the person")
            .When(f => !f.IsWithdrawal);

        RuleFor(f => f.OtherWay)
            .MaximumLength(1000).WithMessage("The explanation must be 1,000 characters or fewer")
            .Must(words => !string.IsNullOrWhiteSpace(words)).When(f => f.ExplainedHow == "other" && !f.IsWithdrawal, ApplyConditionTo.CurrentValidator)
            .WithMessage("Say how sharing was explained to the person");
    }
}
