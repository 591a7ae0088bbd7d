using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>The kinds chosen, checked against the draft's answers (its context): age and EHC plan decide who may choose a supported internship.</summary>
public sealed class KindsFormValidator : AbstractValidator<KindsForm>
{
    public KindsFormValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.PreferredKinds)
            .Must((_, kinds, validation) => !kinds.Contains(OpportunityKind.SupportedInternship)
                || MayChooseSupportedInternship(validation.FormContext<ProfileAnswers>(), DateOnly.FromDateTime(clock.GetLocalNow().Date)))
            .WithMessage("Supported internships are for people aged 16 to 24 with an Education, Health and Care plan");
    }

    private static bool MayChooseSupportedInternship(ProfileAnswers a, DateOnly today)
    {
        var age = a.DateOfBirth is { } born ? Age.On(born, today) : (int?)null;
        return a.HasEhcPlan == true && age is >= 16 and <= 24;
    }
}
