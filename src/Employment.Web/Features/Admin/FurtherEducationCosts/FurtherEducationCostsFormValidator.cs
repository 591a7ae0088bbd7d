using Employment.Core.Statistics.Costs;
using FluentValidation;

namespace Employment.Web.Features.Admin.FurtherEducationCosts;

/// <summary>First that each amount can be read, then the figures' own rules (<see cref="Core.Statistics.Costs.FurtherEducationCosts.Problems"/>).</summary>
public sealed class FurtherEducationCostsFormValidator : AbstractValidator<FurtherEducationCostsForm>
{
    public FurtherEducationCostsFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.YearLow)
            .NotEmpty().WithMessage("Enter the cost of a year of further education, like £14,100")
            .Must(typed => FurtherEducationCostsForm.Money(typed) is not null).WithMessage("Enter the cost of a year of further education as an amount in pounds, like £14,100");

        RuleFor(f => f.YearHigh)
            .NotEmpty().WithMessage("Enter the cost of a year of specialist provision, like £19,100")
            .Must(typed => FurtherEducationCostsForm.Money(typed) is not null).WithMessage("Enter the cost of a year of specialist provision as an amount in pounds, like £19,100");

        RuleFor(f => f).Custom((form, validation) =>
        {
            var low = FurtherEducationCostsForm.Money(form.YearLow);
            var high = FurtherEducationCostsForm.Money(form.YearHigh);
            foreach (var problem in Core.Statistics.Costs.FurtherEducationCosts.Problems(low ?? Core.Statistics.Costs.FurtherEducationCosts.LeastPerYear, high ?? decimal.MaxValue, form.Source))
            {
                // An amount that could not be read already has its message.
                if ((problem.Field == nameof(form.YearLow) && low is null) || (problem.Field == nameof(form.YearHigh) && (high is null || low is null)))
                {
                    continue;
                }
                validation.AddFailure(problem.Field, problem.Message);
            }
        });
    }
}
