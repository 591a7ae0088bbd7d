using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Consent;

public sealed class ConsentFormValidator : AbstractValidator<ConsentForm>
{
    public ConsentFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.ExplainedHow)
            .NotEmpty().WithMessage("Select how sharing was explained to the person")
            .Must(way => ConsentForm.Ways.Any(w => w.Value == way)).WithMessage("Select how sharing was explained to the person");

        RuleFor(f => f.OtherWay)
            .MaximumLength(1000).WithMessage("The explanation must be 1,000 characters or fewer")
            .Must(words => !string.IsNullOrWhiteSpace(words)).When(f => f.ExplainedHow == "other", ApplyConditionTo.CurrentValidator)
            .WithMessage("Say how sharing was explained to the person");
    }
}
