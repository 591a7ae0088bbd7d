using FluentValidation;

namespace Employment.Web.Features.Admin.People;

public sealed class AssignOneFormValidator : AbstractValidator<AssignOneForm>
{
    public AssignOneFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.CoachId).IsACoachChoice();
    }
}
