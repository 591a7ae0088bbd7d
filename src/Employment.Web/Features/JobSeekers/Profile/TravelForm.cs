using Employment.Core.JobSeekers;
using Employment.Core.Reference;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class TravelForm : IStepForm
{
    public TravelMode? TravelMode { get; set; }

    public int? TravelMaxMinutes { get; set; }

    public bool? TravelTrainingNeeded { get; set; }

    public static TravelForm From(ProfileAnswers a) => new()
    {
        TravelMode = a.TravelMode,
        TravelMaxMinutes = a.TravelMaxMinutes,
        TravelTrainingNeeded = a.TravelTrainingNeeded,
    };

    public Task ApplyToAsync(ProfileAnswers answers, PostcodeLocator postcodes)
    {
        answers.TravelMode = TravelMode;
        answers.TravelMaxMinutes = TravelMaxMinutes;
        answers.TravelTrainingNeeded = TravelTrainingNeeded;
        return Task.CompletedTask;
    }

    public static string Label(TravelMode mode) => mode.Label();
}
