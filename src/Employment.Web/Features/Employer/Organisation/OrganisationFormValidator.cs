using Employment.Web.Infrastructure;
using FluentValidation;

namespace Employment.Web.Features.Employer.Organisation;

/// <summary>The rules for an organisation's profile, shared by the employer's and the coach's pages.</summary>
public sealed class OrganisationFormValidator : AbstractValidator<OrganisationForm>
{
    public OrganisationFormValidator(ReferenceLists lists, TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Name)
            .NotEmpty().WithMessage("Enter the organisation's name")
            .MaximumLength(200).WithMessage("Organisation name must be 200 characters or fewer");

        RuleFor(f => f.Sector)
            .MaximumLength(200).WithMessage("Sector must be 200 characters or fewer");

        RuleFor(f => f.Level)
            .NotNull().WithMessage("Select the Disability Confident level, or 'Not a member'");

        RuleFor(f => f.MembershipEnds)
            .MembershipEndDate(OrganisationForm.MembershipEndsName, clock)
            .When(f => f.IsMember);

        RuleFor(f => f.Adjustments)
            .MustAsync(async (adjustments, _) =>
            {
                var known = (await lists.AdjustmentsAsync()).Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
                return adjustments.All(known.Contains);
            })
            .WithMessage("Select adjustments from the list");
    }
}
