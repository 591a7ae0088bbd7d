using Employment.Core.Reference;
using Employment.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Features.JobSeekers.Profile;

/// <summary>What a step's checks may need beyond its own fields.</summary>
public sealed record StepContext(ProfileAnswers Answers, PostcodeLocator Postcodes, ReferenceLists Lists, DateOnly Today);

/// <summary>One page of the careers profile: checks what was typed and copies it into the answers.</summary>
public interface IStepForm
{
    Task ValidateAsync(ModelStateDictionary state, StepContext context);

    void ApplyTo(ProfileAnswers answers);
}
