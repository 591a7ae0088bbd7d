using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class HoursFormValidator : AbstractValidator<HoursForm>
{
    public HoursFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.HoursMin)
            .NotNull().WithMessage("Enter the fewest hours a week the person wants")
            .InclusiveBetween(1, 48).WithMessage("Fewest hours must be between 1 and 48");

        RuleFor(f => f.HoursMax)
            .NotNull().WithMessage("Enter the most hours a week the person wants")
            .InclusiveBetween(1, 48).WithMessage("Most hours must be between 1 and 48")
            .Must((f, most) => !(f.HoursMin > most)).WithMessage("Most hours must be the same as or more than the fewest hours");
    }
}
