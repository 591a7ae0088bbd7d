using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>Up to three SOC 2020 occupations, most wanted first.</summary>
public sealed class InterestsForm : IStepForm
{
    public string? FirstChoice { get; set; }
    public string? SecondChoice { get; set; }
    public string? ThirdChoice { get; set; }

    public static InterestsForm From(ProfileAnswers a) => new()
    {
        FirstChoice = a.Interests.ElementAtOrDefault(0),
        SecondChoice = a.Interests.ElementAtOrDefault(1),
        ThirdChoice = a.Interests.ElementAtOrDefault(2),
    };

    private IEnumerable<(string Field, string? Code)> Choices() =>
        [(nameof(FirstChoice), FirstChoice), (nameof(SecondChoice), SecondChoice), (nameof(ThirdChoice), ThirdChoice)];

    public async Task ValidateAsync(ModelStateDictionary state, StepContext context)
    {
        if (string.IsNullOrWhiteSpace(FirstChoice))
        {
            state.AddModelError(nameof(FirstChoice), "Choose the job the person would most like to do");
        }
        var known = (await context.Lists.OccupationsAsync()).Select(o => o.Value).ToHashSet();
        var seen = new HashSet<string>();
        foreach (var (field, code) in Choices().Where(c => !string.IsNullOrWhiteSpace(c.Code)))
        {
            if (!known.Contains(code!))
            {
                state.AddModelError(field, "Choose a job from the list");
            }
            else if (!seen.Add(code!))
            {
                state.AddModelError(field, "Choose a different job for each choice");
            }
        }
        if (string.IsNullOrWhiteSpace(SecondChoice) && !string.IsNullOrWhiteSpace(ThirdChoice))
        {
            state.AddModelError(nameof(SecondChoice), "Choose a second job before a third");
        }
    }

    public void ApplyTo(ProfileAnswers answers) =>
        answers.Interests = Choices().Select(c => c.Code).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).ToList();
}
