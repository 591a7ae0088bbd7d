using System.Globalization;
using Employment.Core.Reference;
using Employment.Web.Infrastructure;
using FluentValidation;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class AboutFormValidator : AbstractValidator<AboutForm>
{
    public AboutFormValidator(PostcodeLocator postcodes, ReferenceLists lists, TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.FirstName)
            .NotEmpty().WithMessage("Enter the person's first name")
            .MaximumLength(100).WithMessage("First name must be 100 characters or fewer");

        RuleFor(f => f.LastName)
            .NotEmpty().WithMessage("Enter the person's last name")
            .MaximumLength(100).WithMessage("Last name must be 100 characters or fewer");

        RuleFor(f => f.DateOfBirth).Custom((_, context) =>
        {
            var (date, error) = context.InstanceToValidate.ParseDateOfBirth();
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            if (error is not null)
            {
                context.AddFailure(error);
            }
            else if (date > today.AddYears(-14) || date < today.AddYears(-80))
            {
                context.AddFailure("Date of birth must be for someone aged between 14 and 80");
            }
        });

        RuleFor(f => f.HomePostcode)
            .NotEmpty().WithMessage("Enter the person's home postcode")
            .MustAsync(async (postcode, ct) => await postcodes.LocateAsync(postcode, ct) is not null).WithMessage("Enter a real postcode, like LE1 6ZG");

        RuleFor(f => f.LocalAuthorityId)
            .NotNull().WithMessage("Select the council that supports the person")
            .MustAsync(async (council, _) => (await lists.LocalAuthoritiesAsync()).Any(l => l.Value == council!.Value.ToString(CultureInfo.InvariantCulture)))
            .WithMessage("Select the council that supports the person");

        RuleFor(f => f.HasEhcPlan)
            .NotNull().WithMessage("Select yes if the person has an Education, Health and Care plan");    }
}
