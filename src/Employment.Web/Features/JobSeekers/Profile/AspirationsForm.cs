using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class AspirationsForm : IStepForm
{
    [Required(ErrorMessage = "Write what the person hopes for in work, in their own words")]
    [StringLength(2000, ErrorMessage = "Hopes for work must be 2,000 characters or fewer")]
    public string? Aspirations { get; set; }

    public static AspirationsForm From(ProfileAnswers a) => new() { Aspirations = a.Aspirations };

    public Task ValidateAsync(ModelStateDictionary state, StepContext context) => Task.CompletedTask;

    public void ApplyTo(ProfileAnswers answers) => answers.Aspirations = Aspirations!.Trim();
}
