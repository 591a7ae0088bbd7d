using Employment.Core.Placements;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.Placements;

/// <summary>What was typed for a check-in: first that it can be read, then the follow-up's rules as <see cref="CheckInRecorder.Check"/> has them.</summary>
public sealed class CheckInFormValidator : AbstractValidator<CheckInForm>
{
    public CheckInFormValidator(CheckInRecorder checkIns)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.DoneOn).Custom((parts, validation) =>
        {
            if (parts.Parse(CheckInForm.DateName).Error is { } error)
            {
                validation.AddFailure(error);
            }
        });

        RuleFor(f => f.SupportHours)
            .Must(typed => StepForm.Number(typed).Readable).WithMessage("Support hours must be a number, like 2 or 1.5");

        RuleFor(f => f).Custom((form, validation) =>
        {
            foreach (var problem in checkIns.Check(validation.FormContext<FollowUp>(), form.ToCheckIn(checkIns.Today)))
            {
                validation.AddFailure(problem.Field, problem.Message);
            }
        });
    }
}
