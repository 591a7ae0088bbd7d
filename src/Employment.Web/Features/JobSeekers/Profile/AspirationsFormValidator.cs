using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class AspirationsFormValidator : AbstractValidator<AspirationsForm>
{
    public AspirationsFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Aspirations)
            .NotEmpty().WithMessage("Write what the person hopes for in work, in their own words")
            .MaximumLength(2000).WithMessage("Hopes for work must be 2,000 characters or fewer");
    }
}
