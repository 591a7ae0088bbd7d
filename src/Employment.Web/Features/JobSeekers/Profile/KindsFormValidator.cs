using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>The kinds chosen, with the answers already in the draft (age and EHC plan decide who may choose a supported internship).</summary>
public sealed record KindsStep(KindsForm Form, ProfileAnswers Answers);

public sealed class KindsStepValidator : AbstractValidator<KindsStep>
{
    public KindsStepValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(s => s.Form.PreferredKinds)
            .Must((s, kinds) => !kinds.Contains(OpportunityKind.SupportedInternship) || MayChooseSupportedInternship(s.Answers, DateOnly.FromDateTime(clock.GetLocalNow().Date)))
            .WithMessage("Supported internships are for people aged 16 to 24 with an Education, Health and Care plan")
            .OverridePropertyName(nameof(KindsForm.PreferredKinds));
    }

    private static bool MayChooseSupportedInternship(ProfileAnswers a, DateOnly today)
    {
        var age = a.DateOfBirth is { } born ? Age.On(born, today) : (int?)null;
        return a.HasEhcPlan == true && age is >= 16 and <= 24;
    }
}
