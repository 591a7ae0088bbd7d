using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Placements;
using Employment.Core.Reference;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Admin.FollowUpPlans;

/// <summary>Each council's follow-up plan: the default unless an administrator sets one of its own.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class FollowUpPlansController(EmploymentDbContext db, FollowUpPlanService plans, SiteLinks linkTo) : Controller
{
    [HttpGet("/admin/follow-up-plans")]
    public async Task<IActionResult> Index()
    {
        var plans = await db.Set<FollowUpPlan>().AsNoTracking().ToDictionaryAsync(p => p.LocalAuthorityId);
        var councils = await db.LocalAuthorities.AsNoTracking()
            .Where(l => db.JobSeekers.Any(j => j.LocalAuthorityId == l.Id) || db.Set<FollowUpPlan>().Any(p => p.LocalAuthorityId == l.Id))
            .OrderBy(l => l.Name)
            .ToListAsync();
        return View(councils.Select(c => new CouncilPlan(c, plans.GetValueOrDefault(c.Id))).ToList());
    }

    [HttpGet("/admin/follow-up-plans/{id:int}")]
    public async Task<IActionResult> Edit(int id)
    {
        var council = await db.LocalAuthorities.FindAsync(id);
        if (council is null)
        {
            return NotFound();
        }
        var own = await db.Set<FollowUpPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.LocalAuthorityId == id);
        return EditView(council, own is not null, FollowUpPlanForm.From(own ?? FollowUpPlan.Default));
    }

    [HttpPost("/admin/follow-up-plans/{id:int}")]
    public async Task<IActionResult> Save(int id, FollowUpPlanForm form, [FromServices] IValidator<FollowUpPlanForm> validator)
    {
        var council = await db.LocalAuthorities.FindAsync(id);
        if (council is null)
        {
            return NotFound();
        }
        if (await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            ModelState.AddErrors((await plans.SaveAsync(id, form.ToPlan()!, JobSeekerAccess.UserId(User))).Problems);
        }
        if (!ModelState.IsValid)
        {
            return EditView(council, await db.Set<FollowUpPlan>().AnyAsync(p => p.LocalAuthorityId == id), form);
        }
        TempData["Success"] = $"{council.Name} has its own follow-up plan. It applies to placements that start from now on";
        return Redirect(linkTo.FollowUpPlans());
    }

    [HttpPost("/admin/follow-up-plans/{id:int}/use-default")]
    public async Task<IActionResult> UseDefault(int id)
    {
        var council = await db.LocalAuthorities.FindAsync(id);
        if (council is null)
        {
            return NotFound();
        }
        await plans.UseDefaultAsync(id);
        TempData["Success"] = $"{council.Name} uses the default follow-up plan for placements that start from now on";
        return Redirect(linkTo.FollowUpPlans());
    }

    private ViewResult EditView(LocalAuthority council, bool hasOwn, FollowUpPlanForm form)
    {
        ViewBag.Council = council;
        ViewBag.HasOwn = hasOwn;
        return View("Edit", form);
    }
}

public sealed record CouncilPlan(LocalAuthority Council, FollowUpPlan? Own)
{
    public FollowUpPlan Plan => Own ?? FollowUpPlan.Default;
}
