using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;
using FluentValidation.Results;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>The validator for whichever step was posted: the steps share one action, so the form's type is known only at run time.</summary>
public sealed class StepValidators(
    IValidator<AboutForm> about, IValidator<AspirationsForm> aspirations, IValidator<InterestsForm> interests, IValidator<SkillsForm> skills,
    IValidator<SupportForm> support, IValidator<TravelForm> travel, IValidator<HoursForm> hours, IValidator<KindsForm> kinds)
{
    /// <param name="answers">The draft's answers so far.</param>
    public Task<ValidationResult> ValidateAsync(IStepForm form, ProfileAnswers answers, CancellationToken ct) => form switch
    {
        AboutForm f => about.ValidateAsync(f, ct),
        AspirationsForm f => aspirations.ValidateAsync(f, ct),
        InterestsForm f => interests.ValidateAsync(f, ct),
        SkillsForm f => skills.ValidateAsync(f, ct),
        SupportForm f => support.ValidateAsync(f, ct),
        TravelForm f => travel.ValidateAsync(f, ct),
        HoursForm f => hours.ValidateAsync(f, ct),
        KindsForm f => kinds.ValidateAsync(FormValidation.With(f, answers), ct),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form.GetType().Name, "No validator for this step"),
    };
}
