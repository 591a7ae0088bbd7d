using Employment.Web.Infrastructure;
using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class SupportFormValidator : AbstractValidator<SupportForm>
{
    public SupportFormValidator(ReferenceLists lists)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.SupportNeeds)
            .MustAsync(async (needs, _) => needs.All((await lists.AdjustmentsAsync()).Select(s => s.Value).ToHashSet().Contains))
            .WithMessage("Choose support from the list");
    }
}
