using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Employer.Organisation;

/// <summary>
/// An organisation's profile and sites. Employers reach these pages under /employer, job coaches
/// under /coach/employers/{id}: the concrete controllers differ only in how they find the organisation.
/// </summary>
public abstract class OrganisationControllerBase(EmploymentDbContext db, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo) : Controller
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    /// <summary>The organisation this request acts for, or null when there is none the user may reach.</summary>
    protected abstract Task<ActingEmployer?> FindAsync();

    [HttpGet("organisation")]
    public async Task<IActionResult> Organisation()
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        var today = Today;
        var open = await db.Opportunities.CountAsync(o => o.EmployerId == acting.Employer.Id && o.ClosedOn == null && (o.ClosesOn == null || o.ClosesOn >= today));
        var adjustments = await lists.AdjustmentsAsync();
        return Page("Index", new OrganisationPage(acting, today, Membership.On(acting.Employer, today), open,
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
    public async Task<IActionResult> Edit(OrganisationForm form, [FromServices] IValidator<OrganisationForm> validator, [FromServices] OrganisationService organisations)
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return Page("Edit", WithPage(form, acting));
        }
        await organisations.ChangeProfileAsync(acting.Employer, form.ToProfile());
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
    public async Task<IActionResult> AddSite(SiteForm form, [FromServices] IValidator<SiteForm> validator, [FromServices] OrganisationService organisations)
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return Page("Site", WithPage(form, acting, null));
        }
        var result = await organisations.AddSiteAsync(acting.Employer, form.Name!.Trim(), form.Postcode!);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return Page("Site", WithPage(form, acting, null));
        }
        var site = result.Value!;
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
    public async Task<IActionResult> EditSite(Guid siteId, SiteForm form, [FromServices] IValidator<SiteForm> validator, [FromServices] OrganisationService organisations)
    {
        if (await FindAsync() is not { } acting || acting.Employer.Sites.FirstOrDefault(s => s.Id == siteId) is not { } site)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return Page("Site", WithPage(form, acting, site));
        }
        var result = await organisations.ChangeSiteAsync(acting.Employer, site, form.Name!.Trim(), form.Postcode!);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return Page("Site", WithPage(form, acting, site));
        }
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
        var today = Today;
        var openHere = await db.Opportunities.CountAsync(o => o.SiteId == site.Id && o.ClosedOn == null && (o.ClosesOn == null || o.ClosesOn >= today));
        return Page("RemoveSite", new RemoveSitePage(acting, site, openHere));
    }

    [HttpPost("organisation/sites/{siteId:guid}/remove")]
    [ActionName("RemoveSite")]
    public async Task<IActionResult> RemoveSiteConfirmed(Guid siteId, [FromServices] OrganisationService organisations)
    {
        if (await FindAsync() is not { } acting || acting.Employer.Sites.FirstOrDefault(s => s.Id == siteId) is not { } site)
        {
            return NotFound();
        }
        await organisations.RemoveSiteAsync(acting.Employer, site);
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
