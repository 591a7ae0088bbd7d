using Employment.Core.JobSeekers;
using Employment.Core.Reference;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>The adjustments the person needs at work (from EHC plan sections B and F).</summary>
public sealed class SupportForm : IStepForm
{
    public List<string> SupportNeeds { get; set; } = [];

    public static SupportForm From(ProfileAnswers a) => new() { SupportNeeds = [.. a.SupportNeeds] };

    public Task ApplyToAsync(ProfileAnswers answers, PostcodeLocator postcodes)
    {
        answers.SupportNeeds = SupportNeeds.Distinct().ToList();
        return Task.CompletedTask;
    }
}
