using Employment.Core.JobSeekers;
using Employment.Core.Reference;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>Up to three SOC 2020 occupations, most wanted first.</summary>
public sealed class InterestsForm : IStepForm
{
    public string? FirstChoice { get; set; }
    public string? SecondChoice { get; set; }
    public string? ThirdChoice { get; set; }

    /// <summary>Words to find a job by, in the person's own words ("cafe", "work with animals"); never saved.</summary>
    public string? Search { get; set; }

    /// <summary>The unit group chosen from the jobs found, to add to the choices; never saved.</summary>
    public string? Found { get; set; }

    public static InterestsForm From(ProfileAnswers a) => new()
    {
        FirstChoice = a.Interests.ElementAtOrDefault(0),
        SecondChoice = a.Interests.ElementAtOrDefault(1),
        ThirdChoice = a.Interests.ElementAtOrDefault(2),
    };

    /// <summary>Each choice with the field it was typed in.</summary>
    public IEnumerable<(string Field, string? Code)> Choices() =>
        [(nameof(FirstChoice), FirstChoice), (nameof(SecondChoice), SecondChoice), (nameof(ThirdChoice), ThirdChoice)];

    /// <summary>Puts <paramref name="code"/> in the first empty choice; false when all three are taken.</summary>
    public bool TryAdd(string code)
    {
        if (string.IsNullOrWhiteSpace(FirstChoice))
        {
            FirstChoice = code;
        }
        else if (string.IsNullOrWhiteSpace(SecondChoice))
        {
            SecondChoice = code;
        }
        else if (string.IsNullOrWhiteSpace(ThirdChoice))
        {
            ThirdChoice = code;
        }
        else
        {
            return false;
        }
        return true;
    }

    public Task ApplyToAsync(ProfileAnswers answers, PostcodeLocator postcodes)
    {
        answers.Interests = Choices().Select(c => c.Code).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).ToList();
        return Task.CompletedTask;
    }
}
