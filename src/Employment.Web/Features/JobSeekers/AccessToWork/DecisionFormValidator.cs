using Employment.Core.AccessToWork;
using Employment.Web.Features.Placements;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.GovUk;
using FluentValidation;

namespace Employment.Web.Features.JobSeekers.AccessToWork;

/// <summary>What was typed for a decision: first that it can be read, then the rules as <see cref="AccessToWorkService.Check(AccessToWorkApplication, AccessToWorkDecided)"/> has them.</summary>
public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public DecisionFormValidator(AccessToWorkService accessToWork)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Decision)
            .Must(typed => DecisionForm.ReadDecision(typed) is not null).WithMessage("Select whether Access to Work made an award");

        RuleFor(f => f.DecidedOn).Custom((parts, validation) => Date(parts, DecisionForm.DecidedOnName, validation));

        When(f => f.Awarded, () =>
        {
            RuleFor(f => f.AwardFrom).Custom((parts, validation) => Date(parts, DecisionForm.AwardFromName, validation));
            RuleFor(f => f.AwardTo).Custom((parts, validation) => Date(parts, DecisionForm.AwardToName, validation));
            RuleFor(f => f.AwardAmount)
                .Must((form, _) => StepForm.Number(form.TypedAmount).Readable).WithMessage("The amount awarded must be a number of pounds, like 5400 or 5400.50");
            RuleFor(f => f.JobCoachHoursPerWeek)
                .Must(typed => StepForm.Number(typed).Readable).WithMessage("Job coach hours a week must be a number, like 6 or 2.5");
            RuleFor(f => f.RenewalDueOn).Custom((parts, validation) => Date(parts, DecisionForm.RenewalName, validation));
        });

        RuleFor(f => f).Custom((form, validation) =>
        {
            if (DecisionForm.ReadDecision(form.Decision) is null || form.DecidedOn.Parse(DecisionForm.DecidedOnName).Date is null || !Readable(form))
            {
                return;
            }
            foreach (var problem in accessToWork.Check(validation.FormContext<AccessToWorkApplication>(), form.ToDecided(accessToWork.Today)))
            {
                validation.AddFailure(problem.Field, problem.Message);
            }
        });
    }

    /// <summary>Every award field can be read, so the rules below add nothing to a field that already has its message.</summary>
    private static bool Readable(DecisionForm form) => !form.Awarded || (
        StepForm.Number(form.TypedAmount).Readable && StepForm.Number(form.JobCoachHoursPerWeek).Readable
        && new[] { form.AwardFrom, form.AwardTo, form.RenewalDueOn }.All(d => d.Parse("it").Date is not null));

    private static void Date(DateParts parts, string name, ValidationContext<DecisionForm> validation)
    {
        if (parts.Parse(name).Error is { } error)
        {
            validation.AddFailure(error);
        }
    }
}
