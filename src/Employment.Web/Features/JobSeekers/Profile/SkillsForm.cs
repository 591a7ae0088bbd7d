using Employment.Core.JobSeekers;
using Employment.Core.Reference;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class SkillsForm : IStepForm
{
    public List<string> Skills { get; set; } = [];

    public static SkillsForm From(ProfileAnswers a) => new() { Skills = [.. a.Skills] };

    public Task ApplyToAsync(ProfileAnswers answers, PostcodeLocator postcodes)
    {
        answers.Skills = Skills.Distinct().ToList();
        return Task.CompletedTask;
    }
}
