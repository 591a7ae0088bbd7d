using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Statistics;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.Adviser.Home;

/// <summary>Each filter is empty or one of the page's choices; the context is the ids of the councils offered.</summary>
public sealed class DashboardFormValidator : AbstractValidator<DashboardForm>
{
    public DashboardFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Period)
            .Must(key => Period.FromKey(key) is not null).When(f => !string.IsNullOrEmpty(f.Period))
            .WithMessage("Select a period from the list");

        RuleFor(f => f.Council)
            .Must((_, council, validation) => DashboardForm.CouncilId(council) is { } id && validation.FormContext<IReadOnlyCollection<int>>().Contains(id))
            .When(f => !string.IsNullOrEmpty(f.Council))
            .WithMessage("Select a council from the list");

        RuleFor(f => f.Kind)
            .Must(kind => DashboardForm.Choice<OpportunityKind>(kind) is not null).When(f => !string.IsNullOrEmpty(f.Kind))
            .WithMessage("Select a kind of opportunity from the list");

        RuleFor(f => f.Age)
            .Must(age => DashboardForm.Choice<AgeBand>(age) is not null).When(f => !string.IsNullOrEmpty(f.Age))
            .WithMessage("Select an age band from the list");

        RuleFor(f => f.Level)
            .Must(level => DashboardForm.Choice<DisabilityConfidentLevel>(level) is not null).When(f => !string.IsNullOrEmpty(f.Level))
            .WithMessage("Select a Disability Confident level from the list");
    }
}
