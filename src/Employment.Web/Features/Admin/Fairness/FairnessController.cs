using Employment.Core.Accounts;
using Employment.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Admin.Fairness;

/// <summary>Whether the ranker treats groups of people alike, for administrators monitoring it (docs/domain.md: "The ranker advises; a job coach decides").</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class FairnessController(EmploymentDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/admin/fairness")]
    public async Task<IActionResult> Index() =>
        View("/Features/Admin/Fairness/Index.cshtml", await new FairnessReports(db, clock).LatestAsync(HttpContext.RequestAborted));
}
