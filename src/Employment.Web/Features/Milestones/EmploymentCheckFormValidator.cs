using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.Milestones;

/// <summary>The employer's answer; its context is the first name of the person asked about, used in a message.</summary>
public sealed class EmploymentCheckFormValidator : AbstractValidator<EmploymentCheckForm>
{
    public EmploymentCheckFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.StillWorking)
            .NotEmpty().WithMessage("Select yes if they are still working with you")
            .Must(answer => answer is "yes" or "no").WithMessage("Select yes if they are still working with you");

        RuleFor(f => f.HoursNow)
            .Must((_, hours, validation) =>
            {
                validation.MessageFormatter.AppendArgument("FirstName", validation.FormContext<string>());
                return hours is not null;
            })
            .When(f => f.StillWorking == "yes").WithMessage("Enter how many hours a week {FirstName} works now")
            .InclusiveBetween(0.5m, 60m).WithMessage("Hours a week must be between 0.5 and 60");
    }
}
