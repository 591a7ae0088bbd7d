using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>The adjustments the person needs at work (from EHC plan sections B and F).</summary>
public sealed class SupportForm : IStepForm
{
    public List<string> SupportNeeds { get; set; } = [];

    public static SupportForm From(ProfileAnswers a) => new() { SupportNeeds = [.. a.SupportNeeds] };

    public async Task ValidateAsync(ModelStateDictionary state, StepContext context)
    {
        var known = (await context.Lists.AdjustmentsAsync()).Select(s => s.Value).ToHashSet();
        if (SupportNeeds.Any(s => !known.Contains(s)))
        {
            state.AddModelError(nameof(SupportNeeds), "Choose support from the list");
        }
    }

    public void ApplyTo(ProfileAnswers answers) => answers.SupportNeeds = SupportNeeds.Distinct().ToList();
}
