using Employment.Core.Accounts;
using Employment.Matching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Admin.Fairness;

/// <summary>Whether the ranker treats groups of people alike, for administrators monitoring it (docs/domain.md: "The ranker advises; a job coach decides").</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class FairnessController(MatchingService matching) : Controller
{
    [HttpGet("/admin/fairness")]
    public async Task<IActionResult> Index() =>
        View("/Features/Admin/Fairness/Index.cshtml", await matching.LatestFairnessAsync(HttpContext.RequestAborted));
}
