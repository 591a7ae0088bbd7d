using Employment.Web.Infrastructure;
using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class SkillsFormValidator : AbstractValidator<SkillsForm>
{
    public SkillsFormValidator(ReferenceLists lists)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Skills)
            .MustAsync(async (skills, _) => skills.All((await lists.SkillsAsync()).Select(s => s.Value).ToHashSet().Contains))
            .WithMessage("Choose skills from the list");
    }
}
