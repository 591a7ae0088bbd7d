using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class HoursForm : IStepForm
{
    [Required(ErrorMessage = "Enter the fewest hours a week the person wants")]
    [Range(1, 48, ErrorMessage = "Fewest hours must be between 1 and 48")]
    public decimal? HoursMin { get; set; }

    [Required(ErrorMessage = "Enter the most hours a week the person wants")]
    [Range(1, 48, ErrorMessage = "Most hours must be between 1 and 48")]
    public decimal? HoursMax { get; set; }

    public static HoursForm From(ProfileAnswers a) => new() { HoursMin = a.HoursMin, HoursMax = a.HoursMax };

    public Task ValidateAsync(ModelStateDictionary state, StepContext context)
    {
        if (HoursMin > HoursMax)
        {
            state.AddModelError(nameof(HoursMax), "Most hours must be the same as or more than the fewest hours");
        }
        return Task.CompletedTask;
    }

    public void ApplyTo(ProfileAnswers answers)
    {
        answers.HoursMin = HoursMin;
        answers.HoursMax = HoursMax;
    }
}
