using Employment.Core.JobSeekers;
using Employment.Core.Reference;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>One page of the careers profile: what was typed, copied into the answers once its validator has passed it.</summary>
public interface IStepForm
{
    /// <param name="postcodes">Locates a postcode the person typed (only "About the person" has one).</param>
    Task ApplyToAsync(ProfileAnswers answers, PostcodeLocator postcodes);
}
