using System.ComponentModel.DataAnnotations;
using Employment.Core.JobSeekers;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class TravelForm : IStepForm
{
    [Required(ErrorMessage = "Select how the person gets to work")]
    public TravelMode? TravelMode { get; set; }

    [Required(ErrorMessage = "Enter the longest journey the person can manage, in minutes")]
    [Range(5, 120, ErrorMessage = "Longest journey must be between 5 and 120 minutes")]
    public int? TravelMaxMinutes { get; set; }

    [Required(ErrorMessage = "Select yes if the person needs help to learn a new journey")]
    public bool? TravelTrainingNeeded { get; set; }

    public static TravelForm From(ProfileAnswers a) => new()
    {
        TravelMode = a.TravelMode,
        TravelMaxMinutes = a.TravelMaxMinutes,
        TravelTrainingNeeded = a.TravelTrainingNeeded,
    };

    public Task ValidateAsync(ModelStateDictionary state, StepContext context) => Task.CompletedTask;

    public void ApplyTo(ProfileAnswers answers)
    {
        answers.TravelMode = TravelMode;
        answers.TravelMaxMinutes = TravelMaxMinutes;
        answers.TravelTrainingNeeded = TravelTrainingNeeded;
    }

    public static string Label(TravelMode mode) => mode.Label();
}
