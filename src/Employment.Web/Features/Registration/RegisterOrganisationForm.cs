using Employment.Core.Employers;
using Employment.Web.Infrastructure.GovUk;

namespace Employment.Web.Features.Registration;

public sealed class RegisterOrganisationForm
{
    /// <summary>How the membership end date is named in its error messages.</summary>
    public const string MembershipEndsName = "the date your membership ends";

    public string? OrganisationName { get; set; }

    public string? Sector { get; set; }

    public DisabilityConfidentLevel? Level { get; set; }

    public DateParts MembershipEnds { get; set; } = new();

    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    /// <summary>Only a member has a membership end date.</summary>
    public bool IsMember => Level is { } level && level != DisabilityConfidentLevel.None;

    /// <summary>What to register, once the validator found nothing wrong.</summary>
    public EmployerRegistration ToRegistration() => new(
        OrganisationName!.Trim(), string.IsNullOrWhiteSpace(Sector) ? null : Sector.Trim(), Level!.Value,
        IsMember ? MembershipEnds.Parse(MembershipEndsName).Date : null, FullName!.Trim(), Email!.Trim(), Password!);
}
