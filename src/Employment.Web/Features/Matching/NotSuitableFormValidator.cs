using FluentValidation;

namespace Employment.Web.Features.Matching;

public sealed class NotSuitableFormValidator : AbstractValidator<NotSuitableForm>
{
    public NotSuitableFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Reason)
            .NotEmpty().WithMessage("Select why this is not suitable")
            .Must(reason => NotSuitableForm.Reasons.Any(r => r.Value == reason)).WithMessage("Select why this is not suitable");

        RuleFor(f => f.OtherReason)
            .MaximumLength(500).WithMessage("Other reason must be 500 characters or fewer")
            .Must(words => !string.IsNullOrWhiteSpace(words)).When(f => f.Reason == "other", ApplyConditionTo.CurrentValidator).WithMessage("Say why this is not suitable");
    }
}
