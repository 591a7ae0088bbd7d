using Employment.Core.JobSeekers;
using Employment.Core.Reference;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class AspirationsForm : IStepForm
{
    public string? Aspirations { get; set; }

    public static AspirationsForm From(ProfileAnswers a) => new() { Aspirations = a.Aspirations };

    public Task ApplyToAsync(ProfileAnswers answers, PostcodeLocator postcodes)
    {
        answers.Aspirations = Aspirations!.Trim();
        return Task.CompletedTask;
    }
}
