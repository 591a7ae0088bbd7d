using Employment.Core.JobSeekers;
using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Pause;

public sealed class PauseFormValidator : AbstractValidator<PauseForm>
{
    public PauseFormValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Reason)
            .Must((form, _) => form.ToReason() is not null).WithMessage("Select why the person is not looking for now");

        RuleFor(f => f.OtherReason)
            .Must(words => !string.IsNullOrWhiteSpace(words)).When(f => f.ToReason() == PauseReason.Other, ApplyConditionTo.CurrentValidator)
            .WithMessage("Say why the person is not looking for now")
            .Must(words => (words?.Trim().Length ?? 0) <= PauseReasons.OtherMaxLength)
            .WithMessage($"The reason must be {PauseReasons.OtherMaxLength} characters or fewer");

        RuleFor(f => f.LookAgainOn).Custom((parts, validation) =>
        {
            if (parts.IsEmpty)
            {
                return;
            }
            var (date, error) = parts.Parse(PauseForm.LookAgainOnName);
            if (error is not null)
            {
                validation.AddFailure(error);
            }
            else if (date < DateOnly.FromDateTime(clock.GetLocalNow().Date))
            {
                validation.AddFailure("The date to look again must be today or in the future");
            }
        });
    }
}
