using Employment.Core.JobSeekers;
using Employment.Core.Reference;
using Employment.Web.Infrastructure.GovUk;

namespace Employment.Web.Features.JobSeekers.Profile;

public sealed class AboutForm : IStepForm
{
    public const string DateOfBirthName = "their date of birth";

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public DateParts DateOfBirth { get; set; } = new();

    public string? HomePostcode { get; set; }

    public int? LocalAuthorityId { get; set; }

    public bool? HasEhcPlan { get; set; }

    public bool? LongTermSupportForLearningDisability { get; set; }

    public static AboutForm From(ProfileAnswers a) => new()
    {
        FirstName = a.FirstName,
        LastName = a.LastName,
        DateOfBirth = DateParts.From(a.DateOfBirth),
        HomePostcode = a.HomePostcode,
        LocalAuthorityId = a.LocalAuthorityId,
        HasEhcPlan = a.HasEhcPlan,
        LongTermSupportForLearningDisability = a.LongTermSupportForLearningDisability,
    };

    /// <summary>The date typed, or the words saying what is wrong with it.</summary>
    public (DateOnly? Date, string? Error) ParseDateOfBirth() => DateOfBirth.Parse(DateOfBirthName);

    public async Task ApplyToAsync(ProfileAnswers answers, PostcodeLocator postcodes)
    {
        var home = await postcodes.LocateAsync(HomePostcode) ?? throw new InvalidOperationException("The home postcode was checked by AboutFormValidator");
        answers.FirstName = FirstName!.Trim();
        answers.LastName = LastName!.Trim();
        answers.DateOfBirth = ParseDateOfBirth().Date;
        answers.HomePostcode = home.Postcode;
        answers.HomeLatitude = home.Latitude;
        answers.HomeLongitude = home.Longitude;
        answers.LocalAuthorityId = LocalAuthorityId;
        answers.HasEhcPlan = HasEhcPlan;
        answers.LongTermSupportForLearningDisability = LongTermSupportForLearningDisability;
    }
}
