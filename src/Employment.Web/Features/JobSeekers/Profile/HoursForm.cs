using Employment.Core.JobSeekers;
using Employment.Core.Reference;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class HoursForm : IStepForm
{
    public decimal? HoursMin { get; set; }

    public decimal? HoursMax { get; set; }

    public static HoursForm From(ProfileAnswers a) => new() { HoursMin = a.HoursMin, HoursMax = a.HoursMax };

    public Task ApplyToAsync(ProfileAnswers answers, PostcodeLocator postcodes)
    {
        answers.HoursMin = HoursMin;
        answers.HoursMax = HoursMax;
        return Task.CompletedTask;
    }
}
