using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class TravelFormValidator : AbstractValidator<TravelForm>
{
    public TravelFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.TravelMode)
            .NotNull().WithMessage("Select how the person gets to work");

        RuleFor(f => f.TravelMaxMinutes)
            .NotNull().WithMessage("Enter the longest journey the person can manage, in minutes")
            .InclusiveBetween(5, 120).WithMessage("Longest journey must be between 5 and 120 minutes");

        RuleFor(f => f.TravelTrainingNeeded)
            .NotNull().WithMessage("Select yes if the person needs help to learn a new journey");
    }
}
