using FluentValidation;

namespace Employment.Web.Features.Admin.People;

public sealed class AssignAllFormValidator : AbstractValidator<AssignAllForm>
{
    public AssignAllFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.CoachId).IsACoachChoice();
        RuleFor(f => f.ExpectedCount)
            .Must(count => int.TryParse(count, out var n) && n > 0).WithMessage("Search again, then confirm how many people to assign");
    }
}
