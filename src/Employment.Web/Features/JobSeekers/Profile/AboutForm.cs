using System.ComponentModel.DataAnnotations;
using Employment.Core.Reference;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class AboutForm : IStepForm
{
    [Required(ErrorMessage = "Enter the person's first name")]
    [StringLength(100, ErrorMessage = "First name must be 100 characters or fewer")]
    public string? FirstName { get; set; }

    [Required(ErrorMessage = "Enter the person's last name")]
    [StringLength(100, ErrorMessage = "Last name must be 100 characters or fewer")]
    public string? LastName { get; set; }

    public DateParts DateOfBirth { get; set; } = new();

    [Required(ErrorMessage = "Enter the person's home postcode")]
    public string? HomePostcode { get; set; }

    [Required(ErrorMessage = "Select the council that supports the person")]
    public int? LocalAuthorityId { get; set; }

    [Required(ErrorMessage = "Select yes if the person has an Education, Health and Care plan")]
    public bool? HasEhcPlan { get; set; }

    private PostcodeLocation? _home;
    private DateOnly? _dateOfBirth;

    public static AboutForm From(ProfileAnswers a) => new()
    {
        FirstName = a.FirstName,
        LastName = a.LastName,
        DateOfBirth = DateParts.From(a.DateOfBirth),
        HomePostcode = a.HomePostcode,
        LocalAuthorityId = a.LocalAuthorityId,
        HasEhcPlan = a.HasEhcPlan,
    };

    public async Task ValidateAsync(ModelStateDictionary state, StepContext context)
    {
        var (date, error) = DateOfBirth.Parse("their date of birth");
        if (error is not null)
        {
            state.AddModelError(nameof(DateOfBirth), error);
        }
        else if (date > context.Today.AddYears(-14) || date < context.Today.AddYears(-80))
        {
            state.AddModelError(nameof(DateOfBirth), "Date of birth must be for someone aged between 14 and 80");
        }
        _dateOfBirth = date;

        if (!string.IsNullOrWhiteSpace(HomePostcode))
        {
            _home = await context.Postcodes.LocateAsync(HomePostcode);
            if (_home is null)
            {
                state.AddModelError(nameof(HomePostcode), "Enter a real postcode, like LE1 6ZG");
            }
        }
        if (LocalAuthorityId is { } council && (await context.Lists.LocalAuthoritiesAsync()).All(l => l.Value != council.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            state.AddModelError(nameof(LocalAuthorityId), "Select the council that supports the person");
        }
    }

    public void ApplyTo(ProfileAnswers answers)
    {
        answers.FirstName = FirstName!.Trim();
        answers.LastName = LastName!.Trim();
        answers.DateOfBirth = _dateOfBirth;
        answers.HomePostcode = _home!.Postcode;
        answers.HomeLatitude = _home.Latitude;
        answers.HomeLongitude = _home.Longitude;
        answers.LocalAuthorityId = LocalAuthorityId;
        answers.HasEhcPlan = HasEhcPlan;
    }
}
