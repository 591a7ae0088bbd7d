using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Adviser.Home;

/// <summary>Advisers see aggregates only: never a person.</summary>
[Authorize(Roles = Roles.Adviser + "," + Roles.Admin)]
public sealed class AdviserHomeController(EmploymentDbContext db) : Controller
{
    private static readonly OpportunityKind[] PaidKinds = [OpportunityKind.PaidJob, OpportunityKind.Apprenticeship, OpportunityKind.Traineeship];

    [HttpGet("/adviser")]
    public async Task<IActionResult> Index()
    {
        var byArea = await db.JobSeekers.AsNoTracking()
            .GroupBy(j => j.LocalAuthority!.Name)
            .Select(g => new
            {
                Area = g.Key,
                JobSeekers = g.Count(),
                InPaidWork = g.Count(j => j.Placements.Any(p => p.Stage == PlacementEventType.Started && PaidKinds.Contains(p.Opportunity!.Kind))),
            })
            .OrderBy(a => a.Area)
            .ToListAsync();
        return View(byArea.Select(a => new AreaFigures(a.Area, a.JobSeekers, a.InPaidWork)).ToList());
    }
}

public sealed record AreaFigures(string Area, int JobSeekers, int InPaidWork);
