using Employment.Core.Placements;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.Placements;

/// <summary>The placement a step is for and which step it is: what <see cref="StepFormValidator"/> needs besides the form.</summary>
public sealed record StepContext(Placement Placement, PlacementEventType Type);

/// <summary>
/// What was typed for a step: first that it can be read, then the placement's rules for it as
/// <see cref="PlacementRecorder.Check"/> has them (checked with today standing in for a date that could not be read).
/// </summary>
public sealed class StepFormValidator : AbstractValidator<StepForm>
{
    public StepFormValidator(PlacementRecorder recorder)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.OccurredOn).Custom((parts, validation) =>
        {
            if (parts.Parse(StepForm.DateName(validation.FormContext<StepContext>().Type)).Error is { } error)
            {
                validation.AddFailure(error);
            }
        });

        RuleFor(f => f.HoursPerWeek)
            .Must(typed => StepForm.Number(typed).Readable).WithMessage("Hours a week must be a number, like 16 or 37.5")
            .When((_, validation) => StepForm.TakesHours(Type(validation)));

        RuleFor(f => f.TypedPay)
            .Must(typed => StepForm.Number(typed).Readable).WithMessage("Hourly pay must be an amount in pounds, like 12.71")
            .When((_, validation) => StepForm.TakesPay(Type(validation)))
            .OverridePropertyName(nameof(StepForm.HourlyPay));

        RuleFor(f => f).Custom((form, validation) =>
        {
            var (placement, type) = validation.FormContext<StepContext>();
            foreach (var problem in recorder.Check(placement, form.ToStep(type, recorder.Today)))
            {
                validation.AddFailure(problem.Field, problem.Message);
            }
        });
    }

    private static PlacementEventType Type(IValidationContext validation) => validation.FormContext<StepContext>().Type;
}
