using FluentValidation;

namespace Employment.Web.Features.Admin.People;

/// <summary>A coach chosen from a list, as posted: whether the account may take a caseload is for the write service.</summary>
public static class CoachChoiceValidator
{
    public static IRuleBuilderOptions<T, string?> IsACoachChoice<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("Select a job coach")
        .Must(value => Guid.TryParse(value, out _)).WithMessage("Select a job coach from the list");
}
