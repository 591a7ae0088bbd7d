using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Web.Features.Employer;
using Employment.Web.Features.Employer.Organisation;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Coach.Employers;

/// <summary>Job coaches find employers and add one on its behalf (approved at once, as the coach has checked it).</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class CoachEmployersController(EmploymentDbContext db, UserManager<AppUser> users, TimeProvider clock, SiteLinks linkTo) : Controller
{
    public const int PageSize = 25;

    [HttpGet("/coach/employers")]
    public async Task<IActionResult> Index(string? search, int page = 1)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var query = db.Employers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
            query = query.Where(e => EF.Functions.ILike(e.Name, pattern) || EF.Functions.ILike(e.Sector ?? "", pattern));
        }
        var rows = query
            .OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Select(e => new EmployerRow(e.Id, e.Name, e.Sector, e.DcLevel, e.DcValidUntil, e.Approval,
                e.Opportunities.Count(o => o.ClosedOn == null && (o.ClosesOn == null || o.ClosesOn >= today))));
        return View(new EmployersPage(search, await rows.ToPageAsync(page, PageSize), today));
    }

    [HttpGet("/coach/employers/new")]
    public IActionResult New() => View("/Features/Employer/Organisation/Edit.cshtml", WithPage(new OrganisationForm()));

    [HttpPost("/coach/employers/new")]
    public async Task<IActionResult> New(OrganisationForm form, [FromServices] IValidator<OrganisationForm> validator, [FromServices] OrganisationService organisations)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View("/Features/Employer/Organisation/Edit.cshtml", WithPage(form));
        }
        var employer = (await organisations.AddByCoachAsync(form.ToProfile(), Guid.Parse(users.GetUserId(User)!))).Value!;
        TempData["Success"] = $"{employer.Name} is added and approved. Add a site so you can post opportunities for it";
        return Redirect(linkTo.CoachOrganisation(employer.Id));
    }

    private OrganisationForm WithPage(OrganisationForm form)
    {
        form.Page = new FormPage("Employers", "Add an employer", linkTo.NewEmployer(), "Add employer", linkTo.CoachEmployers());
        return form;
    }
}

public sealed record EmployersPage(string? Search, Paged<EmployerRow> Employers, DateOnly Today);

public sealed record EmployerRow(Guid Id, string Name, string? Sector, DisabilityConfidentLevel Level, DateOnly? ValidUntil, ApprovalStatus Approval, int OpenOpportunities);
