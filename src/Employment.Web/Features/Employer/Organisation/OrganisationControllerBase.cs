using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Reference;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Employer.Organisation;

/// <summary>
/// An organisation's profile and sites. Employers reach these pages under /employer, job coaches
/// under /coach/employers/{id}: the concrete controllers differ only in how they find the organisation.
/// </summary>
public abstract class OrganisationControllerBase(EmploymentDbContext db, ReferenceLists lists, PostcodeLocator postcodes, TimeProvider clock, SiteLinks linkTo) : Controller
{
    protected EmploymentDbContext Db => db;
    protected TimeProvider Clock => clock;
    protected OrganisationEditor Editor { get; } = new(lists, postcodes, clock);

    /// <summary>The organisation this request acts for, or null when there is none the user may reach.</summary>
    protected abstract Task<ActingEmployer?> FindAsync();

    [HttpGet("organisation")]
    public async Task<IActionResult> Organisation()
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        var today = Editor.Today;
        var open = await db.Opportunities.CountAsync(o => o.EmployerId == acting.Employer.Id && o.ClosedOn == null && (o.ClosesOn == null || o.ClosesOn >= today));
        var adjustments = await lists.AdjustmentsAsync();
        return Page("Index", new OrganisationPage(acting, today, OrganisationEditor.MembershipOn(acting.Employer, today), open,
            acting.Employer.AdjustmentsUsuallyOffered.Select(a => ReferenceLists.LabelOf(adjustments, a)).ToList()));
    }

    [HttpGet("organisation/edit")]
    public async Task<IActionResult> Edit()
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        var form = OrganisationForm.From(acting.Employer);
        return Page("Edit", WithPage(form, acting));
    }

    [HttpPost("organisation/edit")]
    public async Task<IActionResult> Edit(OrganisationForm form)
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        var membershipEnds = await Editor.ValidateAsync(form, ModelState);
        if (!ModelState.IsValid)
        {
            return Page("Edit", WithPage(form, acting));
        }
        Editor.Apply(form, acting.Employer, membershipEnds);
        await db.SaveChangesAsync();
        TempData["Success"] = "Organisation details saved";
        return Redirect(linkTo.Organisation(acting));
    }

    [HttpGet("organisation/sites/new")]
    public async Task<IActionResult> AddSite()
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        return Page("Site", WithPage(new SiteForm(), acting, null));
    }

    [HttpPost("organisation/sites/new")]
    public async Task<IActionResult> AddSite(SiteForm form)
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        var location = await Editor.ValidateSiteAsync(form, ModelState);
        if (!ModelState.IsValid || location is null)
        {
            return Page("Site", WithPage(form, acting, null));
        }
        var site = new EmployerSite { EmployerId = acting.Employer.Id, Name = "", Postcode = "" };
        OrganisationEditor.Apply(form, site, location);
        db.EmployerSites.Add(site);
        acting.Employer.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        TempData["Success"] = $"{site.Name} ({site.Postcode}) added";
        return Redirect(linkTo.Organisation(acting));
    }

    [HttpGet("organisation/sites/{siteId:guid}/edit")]
    public async Task<IActionResult> EditSite(Guid siteId)
    {
        if (await FindAsync() is not { } acting || acting.Employer.Sites.FirstOrDefault(s => s.Id == siteId) is not { } site)
        {
            return NotFound();
        }
        return Page("Site", WithPage(new SiteForm { Name = site.Name, Postcode = site.Postcode }, acting, site));
    }

    [HttpPost("organisation/sites/{siteId:guid}/edit")]
    public async Task<IActionResult> EditSite(Guid siteId, SiteForm form)
    {
        if (await FindAsync() is not { } acting || acting.Employer.Sites.FirstOrDefault(s => s.Id == siteId) is not { } site)
        {
            return NotFound();
        }
        var location = await Editor.ValidateSiteAsync(form, ModelState);
        if (!ModelState.IsValid || location is null)
        {
            return Page("Site", WithPage(form, acting, site));
        }
        var moved = site.Postcode != location.Postcode;
        OrganisationEditor.Apply(form, site, location);
        if (moved)
        {
            // Opportunities at the site are where the site is.
            await db.Opportunities.Where(o => o.SiteId == site.Id).ExecuteUpdateAsync(o => o
                .SetProperty(x => x.Postcode, location.Postcode)
                .SetProperty(x => x.Latitude, location.Latitude)
                .SetProperty(x => x.Longitude, location.Longitude));
        }
        acting.Employer.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        TempData["Success"] = $"{site.Name} saved";
        return Redirect(linkTo.Organisation(acting));
    }

    [HttpGet("organisation/sites/{siteId:guid}/remove")]
    public async Task<IActionResult> RemoveSite(Guid siteId)
    {
        if (await FindAsync() is not { } acting || acting.Employer.Sites.FirstOrDefault(s => s.Id == siteId) is not { } site)
        {
            return NotFound();
        }
        var today = Editor.Today;
        var openHere = await db.Opportunities.CountAsync(o => o.SiteId == site.Id && o.ClosedOn == null && (o.ClosesOn == null || o.ClosesOn >= today));
        return Page("RemoveSite", new RemoveSitePage(acting, site, openHere));
    }

    [HttpPost("organisation/sites/{siteId:guid}/remove")]
    [ActionName("RemoveSite")]
    public async Task<IActionResult> RemoveSiteConfirmed(Guid siteId)
    {
        if (await FindAsync() is not { } acting || acting.Employer.Sites.FirstOrDefault(s => s.Id == siteId) is not { } site)
        {
            return NotFound();
        }
        // Opportunities at the site keep its postcode and location; the site link is cleared by the database.
        db.EmployerSites.Remove(site);
        acting.Employer.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        TempData["Success"] = $"{site.Name} removed";
        return Redirect(linkTo.Organisation(acting));
    }

    /// <summary>The shared views live in this folder whichever controller shows them.</summary>
    protected ViewResult Page(string name, object model) => View($"/Features/Employer/Organisation/{name}.cshtml", model);

    protected OrganisationForm WithPage(OrganisationForm form, ActingEmployer acting)
    {
        form.Page = new FormPage(acting.Employer.Name, "Change organisation details", linkTo.EditOrganisation(acting), "Save details", linkTo.Organisation(acting));
        return form;
    }

    private SiteForm WithPage(SiteForm form, ActingEmployer acting, EmployerSite? site)
    {
        form.Page = site is null
            ? new FormPage(acting.Employer.Name, "Add a site", linkTo.AddSite(acting), "Add site", linkTo.Organisation(acting))
            : new FormPage(acting.Employer.Name, "Change site", linkTo.EditSite(acting, site.Id), "Save site", linkTo.Organisation(acting));
        return form;
    }
}

public sealed record OrganisationPage(ActingEmployer Acting, DateOnly Today, MembershipState Membership, int OpenOpportunities, IReadOnlyList<string> AdjustmentLabels);

public sealed record RemoveSitePage(ActingEmployer Acting, EmployerSite Site, int OpenOpportunities);
