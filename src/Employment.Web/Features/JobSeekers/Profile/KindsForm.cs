using Employment.Core.JobSeekers;
using Employment.Core.Reference;
using Employment.Core.Opportunities;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class KindsForm : IStepForm
{
    public List<OpportunityKind> PreferredKinds { get; set; } = [];

    public static KindsForm From(ProfileAnswers a) => new() { PreferredKinds = [.. a.PreferredKinds] };

    public Task ApplyToAsync(ProfileAnswers answers, PostcodeLocator postcodes)
    {
        answers.PreferredKinds = PreferredKinds.Distinct().OrderBy(k => k).ToList();
        return Task.CompletedTask;
    }
}
