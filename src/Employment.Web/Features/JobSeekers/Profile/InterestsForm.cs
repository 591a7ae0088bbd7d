using Employment.Core.JobSeekers;
using Employment.Core.Reference;

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

    /// <summary>Each choice with the field it was typed in.</summary>
    public IEnumerable<(string Field, string? Code)> Choices() =>
        [(nameof(FirstChoice), FirstChoice), (nameof(SecondChoice), SecondChoice), (nameof(ThirdChoice), ThirdChoice)];

    public Task ApplyToAsync(ProfileAnswers answers, PostcodeLocator postcodes)
    {
        answers.Interests = Choices().Select(c => c.Code).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).ToList();
        return Task.CompletedTask;
    }
}
