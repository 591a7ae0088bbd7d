using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class SkillsForm : IStepForm
{
    public List<string> Skills { get; set; } = [];

    public static SkillsForm From(ProfileAnswers a) => new() { Skills = [.. a.Skills] };

    public async Task ValidateAsync(ModelStateDictionary state, StepContext context)
    {
        var known = (await context.Lists.SkillsAsync()).Select(s => s.Value).ToHashSet();
        if (Skills.Any(s => !known.Contains(s)))
        {
            state.AddModelError(nameof(Skills), "Choose skills from the list");
        }
    }

    public void ApplyTo(ProfileAnswers answers) => answers.Skills = Skills.Distinct().ToList();
}
