using Employment.Core.Data;
using Employment.Core.Opportunities;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Employer.Opportunities;

/// <summary>
/// An organisation's opportunities: list (with drafts being posted), view, change, close, reopen. Posting is Posting/PostingControllerBase.
/// Employers reach these pages under /employer, job coaches under /coach/employers/{id}: the concrete
/// controllers differ only in how they find the organisation. Another organisation's opportunity is
/// "not found", so its existence is not revealed.
/// </summary>
public abstract class OpportunitiesControllerBase(EmploymentDbContext db, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo) : Controller
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    protected abstract Task<ActingEmployer?> FindAsync();

    public const int PageSize = 25;

    [HttpGet("opportunities")]
    public async Task<IActionResult> Opportunities(int page = 1)
    {
        if (await FindAsync() is not { } acting)
        {
            return NotFound();
        }
        var rows = await db.Opportunities.AsNoTracking()
            .Where(o => o.EmployerId == acting.Employer.Id)
            .OrderBy(o => o.ClosedOn != null).ThenByDescending(o => o.PostedOn).ThenBy(o => o.Title).ThenBy(o => o.Id)
            .ToPageAsync(page, PageSize);
        var drafts = await db.OpportunityDrafts.AsNoTracking()
            .Where(d => d.EmployerId == acting.Employer.Id && d.PostedOpportunityId == null)
            .OrderByDescending(d => d.UpdatedAt).Take(PageSize)
            .ToListAsync();
        return Page("Index", new OpportunityListPage(acting, rows, Today, drafts.Select(Posting.DraftRow.Of).ToList()));
    }

    [HttpGet("opportunities/{id:guid}")]
    public async Task<IActionResult> Show(Guid id)
    {
        if (await FindAsync() is not { } acting || await FindOpportunityAsync(acting, id) is not { } opportunity)
        {
            return NotFound();
        }
        return Page("Show", await ShowPageAsync(acting, opportunity));
    }

    [HttpGet("opportunities/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id)
    {
        if (await FindAsync() is not { } acting || await FindOpportunityAsync(acting, id) is not { } opportunity)
        {
            return NotFound();
        }
        if (!acting.MayChangeOpportunities)
        {
            return Page("Waiting", acting);
        }
        return FormView(OpportunityForm.From(opportunity), acting, opportunity);
    }

    [HttpPost("opportunities/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, OpportunityForm form, [FromServices] IValidator<OpportunityForm> validator, [FromServices] OpportunityService opportunities)
    {
        if (await FindAsync() is not { } acting || await FindOpportunityAsync(acting, id) is not { } opportunity)
        {
            return NotFound();
        }
        if (!acting.MayChangeOpportunities)
        {
            return Page("Waiting", acting);
        }
        var context = new OpportunityFormContext(acting.Employer.Sites, opportunity.ClosesOn);
        if (!await validator.ValidateIntoAsync(form, context, ModelState, HttpContext.RequestAborted))
        {
            return FormView(form, acting, opportunity);
        }
        var reopened = form.Reopen && opportunity.ClosedOn is not null;
        await opportunities.ChangeAsync(opportunity, form.ToDetails(context.SiteFor(form)!), reopened);
        TempData["Success"] = reopened ? $"{opportunity.Title} is open again" : "Opportunity saved";
        return Redirect(linkTo.Opportunity(acting, opportunity.Id));
    }

    [HttpPost("opportunities/{id:guid}/close")]
    public async Task<IActionResult> Close(Guid id, [FromServices] OpportunityService opportunities)
    {
        if (await FindAsync() is not { } acting || await FindOpportunityAsync(acting, id) is not { } opportunity)
        {
            return NotFound();
        }
        if (!acting.MayChangeOpportunities)
        {
            return Page("Waiting", acting);
        }
        await opportunities.CloseAsync(opportunity);
        TempData["Success"] = $"{opportunity.Title} is closed. No new people will be matched to it";
        return Redirect(linkTo.Opportunity(acting, opportunity.Id));
    }

    /// <summary>Reopening checks the opportunity against today's rules (minimum wage, closing date, site); if it falls short, the form shows what to change.</summary>
    [HttpPost("opportunities/{id:guid}/reopen")]
    public async Task<IActionResult> Reopen(Guid id, [FromServices] IValidator<OpportunityForm> validator, [FromServices] OpportunityService opportunities)
    {
        if (await FindAsync() is not { } acting || await FindOpportunityAsync(acting, id) is not { } opportunity)
        {
            return NotFound();
        }
        if (!acting.MayChangeOpportunities)
        {
            return Page("Waiting", acting);
        }
        if (opportunity.ClosedOn is null)
        {
            return Redirect(linkTo.Opportunity(acting, opportunity.Id));
        }
        var form = OpportunityForm.From(opportunity);
        form.Reopen = true;
        var context = new OpportunityFormContext(acting.Employer.Sites, opportunity.ClosesOn, StoredValues: true);
        // An opportunity whose site was removed opens the form, where a site is chosen before it reopens.
        if (!await validator.ValidateIntoAsync(form, context, ModelState, HttpContext.RequestAborted) || context.SiteFor(form) is null)
        {
            return FormView(form, acting, opportunity);
        }
        await opportunities.ReopenAsync(opportunity);
        TempData["Success"] = $"{opportunity.Title} is open again";
        return Redirect(linkTo.Opportunity(acting, opportunity.Id));
    }

    /// <summary>The shared views live in this folder whichever controller shows them.</summary>
    protected ViewResult Page(string name, object model) => View($"/Features/Employer/Opportunities/{name}.cshtml", model);

    private Task<Opportunity?> FindOpportunityAsync(ActingEmployer acting, Guid id) =>
        db.Opportunities.SingleOrDefaultAsync(o => o.Id == id && o.EmployerId == acting.Employer.Id);

    private ViewResult FormView(OpportunityForm form, ActingEmployer acting, Opportunity existing)
    {
        form.Page = new FormPage(acting.Employer.Name, form.Reopen ? "Check the opportunity before reopening it" : "Change the opportunity",
            linkTo.EditOpportunity(acting, existing.Id), form.Reopen ? "Save and reopen" : "Save changes", linkTo.Opportunity(acting, existing.Id));
        form.SiteOptions = acting.Employer.Sites.Select(s => new SelectListItem($"{s.Name} ({s.Postcode})", s.Id.ToString())).ToList();
        form.AddSiteHref = linkTo.AddSite(acting);
        return Page("Form", form);
    }

    private async Task<ShowPage> ShowPageAsync(ActingEmployer acting, Opportunity o)
    {
        var site = o.SiteId is { } siteId ? acting.Employer.Sites.FirstOrDefault(s => s.Id == siteId) : null;
        var summary = await SummaryAsync(o.Kind, o.Title, o.SocCode, o.Description ?? "", o.HoursPerWeek, o.HourlyPay, o.PayBand,
            site is null ? $"No site (postcode {o.Postcode ?? "not known"})" : $"{site.Name} ({site.Postcode})",
            o.SkillsRequired, o.AdjustmentsOffered, o.InterviewGuaranteed, o.ClosesOn, o.InternshipLengthMonths, o.StudyProgrammePartner);
        return new ShowPage(acting, o, summary, OpportunityStatus.Of(o, Today));
    }

    private async Task<IReadOnlyList<SummaryRow>> SummaryAsync(
        OpportunityKind kind, string title, string socCode, string description, decimal hours, decimal? pay, PayBand? band, string site,
        IReadOnlyList<string> skills, IReadOnlyList<string> adjustments, bool interview, DateOnly? closesOn, int? months, string? partner)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        var skillTerms = await lists.SkillsAsync();
        var adjustmentTerms = await Posting.EmployerAdjustments.TermsAsync(lists);
        var rows = new List<SummaryRow>
        {
            new("Kind", [kind.Label()]),
            new("Job title", [title]),
            new("Occupation", [ReferenceLists.LabelOf(await lists.OccupationsAsync(), socCode)]),
            new("Description", [description]),
            new("Hours a week", [hours.ToString("0.#", culture)]),
            new("Pay", [pay is { } p ? $"{OpportunityOptions.Pounds(p)} an hour{(band is { } b ? $" ({b.Label().ToLowerInvariant()})" : "")}" : "Unpaid"]),
            new("Site", [site]),
            new("Skills needed", skills.Count == 0 ? ["None given"] : skills.Select(s => ReferenceLists.LabelOf(skillTerms, s)).ToList()),
            new("Adjustments offered", adjustments.Count == 0 ? ["None given"] : adjustments.Select(a => ReferenceLists.LabelOf(adjustmentTerms, a)).ToList()),
            new("Interview guaranteed", [interview ? "Yes" : "No"]),
            new("Closing date", [closesOn?.ToString("d MMMM yyyy", culture) ?? "No closing date"]),
        };
        if (kind == OpportunityKind.SupportedInternship)
        {
            rows.Add(new("Length", [months is { } m ? $"{m} months" : "Not given"]));
            rows.Add(new("Study programme partner", [partner ?? "Not given"]));
        }
        return rows;
    }
}

public sealed record SummaryRow(string Key, IReadOnlyList<string> Values);

public sealed record OpportunityListPage(ActingEmployer Acting, Paged<Opportunity> Opportunities, DateOnly Today, IReadOnlyList<Posting.DraftRow> Drafts);

public sealed record ShowPage(ActingEmployer Acting, Opportunity Opportunity, IReadOnlyList<SummaryRow> Summary, OpportunityStatus Status);

public sealed record OpportunityStatus(string Text, string TagClass, bool IsClosed)
{
    public static OpportunityStatus Of(Opportunity o, DateOnly today) =>
        o.ClosedOn is not null ? new("Closed", "govuk-tag--grey", true)
        : o.ClosesOn < today ? new("Closing date passed", "govuk-tag--orange", false)
        : new("Open", "govuk-tag--green", false);
}
