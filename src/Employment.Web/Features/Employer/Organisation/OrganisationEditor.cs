using Employment.Core.Employers;
using Employment.Core.Reference;
using Employment.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using EmployerEntity = Employment.Core.Employers.Employer;

namespace Employment.Web.Features.Employer.Organisation;

/// <summary>The rules for an organisation's profile and sites, shared by the employer's and the coach's pages.</summary>
public sealed class OrganisationEditor(ReferenceLists lists, PostcodeLocator postcodes, TimeProvider clock)
{
    /// <summary>How far ahead a membership can end: Disability Confident membership lasts 3 years.</summary>
    public const int MembershipYears = 3;

    /// <summary>A membership ending within this many days is flagged so it can be renewed in time.</summary>
    public const int EndsSoonDays = 60;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> LevelOptions =>
        Enum.GetValues<DisabilityConfidentLevel>().Select(l => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(l.Label(), l.ToString()));

    /// <summary>Checks the form beyond its attributes; returns the membership end date to store.</summary>
    public async Task<DateOnly?> ValidateAsync(OrganisationForm form, ModelStateDictionary state)
    {
        DateOnly? membershipEnds = null;
        if (form.Level is { } level && level != DisabilityConfidentLevel.None)
        {
            var (date, error) = form.MembershipEnds.Parse("the date the membership ends");
            if (error is not null)
            {
                state.AddModelError(nameof(form.MembershipEnds), error);
            }
            else if (date > Today.AddYears(MembershipYears))
            {
                state.AddModelError(nameof(form.MembershipEnds), "Membership lasts 3 years, so the end date must be within 3 years from today");
            }
            membershipEnds = date;
        }
        var known = (await lists.AdjustmentsAsync()).Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
        if (form.Adjustments.Any(a => !known.Contains(a)))
        {
            state.AddModelError(nameof(form.Adjustments), "Select adjustments from the list");
        }
        return membershipEnds;
    }

    public void Apply(OrganisationForm form, EmployerEntity employer, DateOnly? membershipEnds)
    {
        employer.Name = form.Name!.Trim();
        employer.Sector = string.IsNullOrWhiteSpace(form.Sector) ? null : form.Sector.Trim();
        var now = clock.GetUtcNow();
        employer.SetDisabilityConfident(form.Level!.Value, membershipEnds, DateOnly.FromDateTime(now.UtcDateTime));
        employer.AdjustmentsUsuallyOffered = form.Adjustments.Distinct(StringComparer.Ordinal).ToList();
        employer.UpdatedAt = now;
    }

    /// <summary>Checks a site's postcode resolves offline; returns where it is, or null with an error added.</summary>
    public async Task<PostcodeLocation?> ValidateSiteAsync(SiteForm form, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(form.Postcode) || state[nameof(form.Postcode)]?.Errors.Count > 0)
        {
            return null;
        }
        // A site needs its full postcode; the district alone ("LE1") is not an address.
        var normalised = PostcodeLocator.Normalise(form.Postcode);
        var location = normalised is null || !normalised.Contains(' ', StringComparison.Ordinal)
            ? null
            : await postcodes.LocateAsync(normalised);
        if (location is null)
        {
            state.AddModelError(nameof(form.Postcode), "Enter a real postcode, like LE1 6ZG");
        }
        return location;
    }

    public static void Apply(SiteForm form, EmployerSite site, PostcodeLocation location)
    {
        site.Name = form.Name!.Trim();
        site.Postcode = location.Postcode;
        site.Latitude = location.Latitude;
        site.Longitude = location.Longitude;
    }

    /// <summary>"Ended", "Ends soon" or nothing, for a membership on a given day.</summary>
    public static MembershipState MembershipOn(EmployerEntity employer, DateOnly today) =>
        employer.DcLevel == DisabilityConfidentLevel.None || employer.DcValidUntil is not { } end ? MembershipState.Current
        : end < today ? MembershipState.Ended
        : end <= today.AddDays(EndsSoonDays) ? MembershipState.EndsSoon
        : MembershipState.Current;
}

public enum MembershipState
{
    Current,
    EndsSoon,
    Ended,
}
