using Employment.Core.Employers;
using Employment.Core.Reference;
using FluentValidation;

namespace Employment.Web.Features.Employer.Organisation;

/// <summary>A site needs a name and a full postcode that resolves offline.</summary>
public sealed class SiteFormValidator : AbstractValidator<SiteForm>
{
    public SiteFormValidator(PostcodeLocator postcodes)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Name)
            .NotEmpty().WithMessage("Enter a name for the site, like 'Main shop' or 'Head office'")
            .MaximumLength(200).WithMessage("Site name must be 200 characters or fewer");

        RuleFor(f => f.Postcode)
            .NotEmpty().WithMessage("Enter the site's postcode")
            .MaximumLength(10).WithMessage("Enter a real postcode, like LE1 6ZG")
            .MustAsync(async (postcode, _) => await SitePostcode.LocateAsync(postcodes, postcode) is not null)
            .WithMessage("Enter a real postcode, like LE1 6ZG");
    }
}
