using Employment.Core.Placements;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.Employer.Introductions;

/// <summary>The placement answered and the answer chosen: what <see cref="AnswerFormValidator"/> needs besides the form.</summary>
public sealed record AnswerContext(Placement Placement, IntroductionAnswer Answer);

/// <summary>What the employer typed can be read, then the pipeline's own rules for the step (<see cref="PlacementRecorder.Check"/>).</summary>
public sealed class AnswerFormValidator : AbstractValidator<AnswerForm>
{
    public AnswerFormValidator(PlacementRecorder recorder)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.MeetOn).Custom((parts, validation) =>
        {
            if (Step(validation) == PlacementEventType.EmployerWantsToMeet && parts.Parse(AnswerForm.MeetOnName).Error is { } error)
            {
                validation.AddFailure(error);
            }
        });

        RuleFor(f => f.OccurredOn).Custom((parts, validation) =>
        {
            if (Step(validation) is PlacementEventType.Interviewed or PlacementEventType.Offered && parts.Parse(AnswerForm.OccurredOnName(Step(validation))).Error is { } error)
            {
                validation.AddFailure(error);
            }
        });

        RuleFor(f => f).Custom((form, validation) =>
        {
            var (placement, answer) = validation.FormContext<AnswerContext>();
            foreach (var problem in recorder.Check(placement, form.ToStep(answer.Step, recorder.Today)))
            {
                validation.AddFailure(problem.Field, problem.Message);
            }
        });
    }

    private static PlacementEventType Step(IValidationContext validation) => validation.FormContext<AnswerContext>().Answer.Step;
}
