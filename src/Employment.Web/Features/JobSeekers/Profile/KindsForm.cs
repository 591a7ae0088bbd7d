using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class KindsForm : IStepForm
{
    public List<OpportunityKind> PreferredKinds { get; set; } = [];

    public static KindsForm From(ProfileAnswers a) => new() { PreferredKinds = [.. a.PreferredKinds] };

    public Task ValidateAsync(ModelStateDictionary state, StepContext context)
    {
        var a = context.Answers;
        var age = a.DateOfBirth is { } born ? Age.On(born, context.Today) : (int?)null;
        if (PreferredKinds.Contains(OpportunityKind.SupportedInternship) && (a.HasEhcPlan != true || age is null or < 16 or > 24))
        {
            state.AddModelError(nameof(PreferredKinds), "Supported internships are for people aged 16 to 24 with an Education, Health and Care plan");
        }
        return Task.CompletedTask;
    }

    public void ApplyTo(ProfileAnswers answers) => answers.PreferredKinds = PreferredKinds.Distinct().OrderBy(k => k).ToList();
}
