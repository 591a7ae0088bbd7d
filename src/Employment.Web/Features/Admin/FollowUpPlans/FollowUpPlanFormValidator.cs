using FluentValidation;

namespace Employment.Web.Features.Admin.FollowUpPlans;

/// <summary>First that each field can be read, then, once all can, the plan's own rules (<see cref="Core.Placements.FollowUpPlan.Problems"/>).</summary>
public sealed class FollowUpPlanFormValidator : AbstractValidator<FollowUpPlanForm>
{
    public FollowUpPlanFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.CheckInWeeks)
            .NotEmpty().WithMessage("Enter the weeks of the early check-ins, like 1, 2, 4")
            .Must(typed => FollowUpPlanForm.Weeks(typed) is not null).WithMessage("Enter the weeks as whole numbers separated by commas, like 1, 2, 4");

        RuleFor(f => f.MonthlyUntilWeek)
            .NotEmpty().WithMessage("Enter the week monthly check-ins stop, or 0 for none")
            .Must(typed => FollowUpPlanForm.WholeNumber(typed) is not null).WithMessage("The week monthly check-ins stop must be a whole number, like 52");

        RuleFor(f => f.InternshipPromptWeeksBeforeEnd)
            .NotEmpty().WithMessage("Enter how many weeks before an internship ends to plan the move into paid work")
            .Must(typed => FollowUpPlanForm.WholeNumber(typed) is not null).WithMessage("Weeks before an internship ends must be a whole number, like 8");

        RuleFor(f => f).Custom((form, validation) =>
        {
            foreach (var (field, message) in form.ToPlan()?.Problems() ?? Enumerable.Empty<(string, string)>())
            {
                validation.AddFailure(field, message);
            }
        });
    }
}
