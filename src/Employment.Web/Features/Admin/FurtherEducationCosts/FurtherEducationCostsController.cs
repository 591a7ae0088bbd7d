using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Reference;
using Employment.Core.Statistics.Costs;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Costs = Employment.Core.Statistics.Costs.FurtherEducationCosts;

namespace Employment.Web.Features.Admin.FurtherEducationCosts;

/// <summary>Each council's further education costs for the adviser's "cost avoided" estimate: Stoke-on-Trent's unless an administrator sets its own.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class FurtherEducationCostsController(EmploymentDbContext db, FurtherEducationCostsService costs, SiteLinks linkTo) : Controller
{
    [HttpGet("/admin/further-education-costs")]
    public async Task<IActionResult> Index()
    {
        var latest = (await db.Set<Costs>().AsNoTracking().ToListAsync())
            .GroupBy(c => c.LocalAuthorityId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Version)!);
        var councils = await db.LocalAuthorities.AsNoTracking()
            .Where(l => db.JobSeekers.Any(j => j.LocalAuthorityId == l.Id) || db.Set<Costs>().Any(c => c.LocalAuthorityId == l.Id))
            .OrderBy(l => l.Name)
            .ToListAsync();
        return View(councils.Select(c => new CouncilCosts(c, latest.GetValueOrDefault(c.Id) ?? Costs.Default)).ToList());
    }

    [HttpGet("/admin/further-education-costs/{id:int}")]
    public async Task<IActionResult> Edit(int id)
    {
        var council = await db.LocalAuthorities.FindAsync(id);
        if (council is null)
        {
            return NotFound();
        }
        var inUse = await FurtherEducationCostsService.InUseAsync(db, id, HttpContext.RequestAborted);
        return await EditView(council, FurtherEducationCostsForm.From(inUse));
    }

    [HttpPost("/admin/further-education-costs/{id:int}")]
    public async Task<IActionResult> Save(int id, FurtherEducationCostsForm form, [FromServices] IValidator<FurtherEducationCostsForm> validator)
    {
        var council = await db.LocalAuthorities.FindAsync(id);
        if (council is null)
        {
            return NotFound();
        }
        if (await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            var result = await costs.SaveAsync(id, form.SeenVersion, FurtherEducationCostsForm.Money(form.YearLow)!.Value, FurtherEducationCostsForm.Money(form.YearHigh)!.Value,
                form.Source!, JobSeekerAccess.UserId(User), HttpContext.RequestAborted);
            ModelState.AddErrors(result.Problems);
        }
        if (!ModelState.IsValid)
        {
            return await EditView(council, form);
        }
        TempData["Success"] = $"{council.Name}'s further education costs are saved. The adviser's estimate uses them from now on";
        return Redirect(linkTo.FurtherEducationCosts());
    }

    private async Task<ViewResult> EditView(LocalAuthority council, FurtherEducationCostsForm form)
    {
        var history = await db.Set<Costs>().AsNoTracking()
            .Where(c => c.LocalAuthorityId == council.Id)
            .OrderByDescending(c => c.Version)
            .Select(c => new CostsChange(c, db.Users.Where(u => u.Id == c.ChangedById).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(HttpContext.RequestAborted);
        ViewBag.Council = council;
        ViewBag.History = history;
        return View("Edit", form);
    }
}

public sealed record CouncilCosts(LocalAuthority Council, Costs InUse);

public sealed record CostsChange(Costs Costs, string? ChangedBy);
