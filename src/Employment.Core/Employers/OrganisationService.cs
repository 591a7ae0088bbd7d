using Employment.Core.Data;
using Employment.Core.Reference;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Employers;

/// <summary>An organisation's profile as its form checked it.</summary>
public sealed record OrganisationProfile(string Name, string? Sector, DisabilityConfidentLevel Level, DateOnly? MembershipEnds, IReadOnlyList<string> Adjustments);

/// <summary>
/// The one class that changes an organisation's profile and sites, whether its own staff or a job coach does it, and
/// that adds an organisation on a coach's word (approved at once: the coach has checked it). Decision 0008.
/// </summary>
public sealed class OrganisationService(EmploymentDbContext db, PostcodeLocator postcodes, TimeProvider clock)
{
    public async Task<WriteResult<Employer>> ChangeProfileAsync(Employer employer, OrganisationProfile profile)
    {
        Apply(profile, employer);
        await db.SaveChangesAsync();
        return WriteResult.Saved(employer);
    }

    public async Task<WriteResult<Employer>> AddByCoachAsync(OrganisationProfile profile, Guid coachId)
    {
        var now = clock.GetUtcNow();
        var employer = new Employer
        {
            Name = "",
            Approval = ApprovalStatus.Approved,
            ApprovalDecidedAt = now,
            ApprovalDecidedById = coachId,
            CreatedAt = now,
        };
        Apply(profile, employer);
        db.Employers.Add(employer);
        await db.SaveChangesAsync();
        return WriteResult.Saved(employer);
    }

    /// <summary>The postcode was checked by the site form; a problem comes back only if it no longer resolves.</summary>
    public async Task<WriteResult<EmployerSite>> AddSiteAsync(Employer employer, string name, string postcode)
    {
        if (await SitePostcode.LocateAsync(postcodes, postcode) is not { } location)
        {
            return WriteResult.Refused<EmployerSite>(UnknownPostcode);
        }
        var site = new EmployerSite { EmployerId = employer.Id, Name = name, Postcode = location.Postcode, Latitude = location.Latitude, Longitude = location.Longitude };
        db.EmployerSites.Add(site);
        employer.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        return WriteResult.Saved(site);
    }

    /// <summary>A site that moves takes its opportunities with it: they are where the site is.</summary>
    public async Task<WriteResult<EmployerSite>> ChangeSiteAsync(Employer employer, EmployerSite site, string name, string postcode)
    {
        if (await SitePostcode.LocateAsync(postcodes, postcode) is not { } location)
        {
            return WriteResult.Refused<EmployerSite>(UnknownPostcode);
        }
        var moved = site.Postcode != location.Postcode;
        site.Name = name;
        site.Postcode = location.Postcode;
        site.Latitude = location.Latitude;
        site.Longitude = location.Longitude;
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (moved)
        {
            await db.Opportunities.Where(o => o.SiteId == site.Id).ExecuteUpdateAsync(o => o
                .SetProperty(x => x.Postcode, location.Postcode)
                .SetProperty(x => x.Latitude, location.Latitude)
                .SetProperty(x => x.Longitude, location.Longitude));
        }
        employer.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return WriteResult.Saved(site);
    }

    /// <summary>Opportunities at the site keep its postcode and location; the site link is cleared by the database.</summary>
    public async Task<WriteResult<EmployerSite>> RemoveSiteAsync(Employer employer, EmployerSite site)
    {
        db.EmployerSites.Remove(site);
        employer.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        return WriteResult.Saved(site);
    }

    private static Problem UnknownPostcode => new(nameof(EmployerSite.Postcode), "Enter a real postcode, like LE1 6ZG");

    private void Apply(OrganisationProfile profile, Employer employer)
    {
        employer.Name = profile.Name;
        employer.Sector = profile.Sector;
        var now = clock.GetUtcNow();
        employer.SetDisabilityConfident(profile.Level, profile.MembershipEnds, DateOnly.FromDateTime(now.UtcDateTime));
        employer.AdjustmentsUsuallyOffered = profile.Adjustments.Distinct(StringComparer.Ordinal).ToList();
        employer.UpdatedAt = now;
    }
}
