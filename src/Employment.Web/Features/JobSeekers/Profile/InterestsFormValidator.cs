using Employment.Web.Infrastructure;
using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>Each choice from the SOC list, each a different job, filled in order.</summary>
public sealed class InterestsFormValidator : AbstractValidator<InterestsForm>
{
    public InterestsFormValidator(ReferenceLists lists)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        async Task<bool> Known(string? code) => (await lists.OccupationsAsync()).Any(o => o.Value == code);

        RuleFor(f => f.FirstChoice)
            .NotEmpty().WithMessage("Choose the job the person would most like to do")
            .MustAsync(async (code, _) => await Known(code)).WithMessage("Choose a job from the list");

        RuleFor(f => f.SecondChoice)
            .NotEmpty().When(f => !string.IsNullOrWhiteSpace(f.ThirdChoice)).WithMessage("Choose a second job before a third")
            .MustAsync(async (code, _) => await Known(code)).When(f => !string.IsNullOrWhiteSpace(f.SecondChoice), ApplyConditionTo.CurrentValidator).WithMessage("Choose a job from the list")
            .Must((f, code) => code != f.FirstChoice).When(f => !string.IsNullOrWhiteSpace(f.SecondChoice), ApplyConditionTo.CurrentValidator).WithMessage("Choose a different job for each choice");

        RuleFor(f => f.ThirdChoice)
            .MustAsync(async (code, _) => await Known(code)).WithMessage("Choose a job from the list")
            .Must((f, code) => code != f.FirstChoice && code != f.SecondChoice).WithMessage("Choose a different job for each choice")
            .When(f => !string.IsNullOrWhiteSpace(f.ThirdChoice));
    }
}
