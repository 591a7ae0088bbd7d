using Employment.Core.Referrals;
using Employment.Core.Statistics;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Adviser.Referrals;

/// <summary>
/// The referral figures on the adviser page, in their own component so the dashboard's page changes by one line:
/// received, accepted and went on to a start, by source, for the period and council chosen.
/// </summary>
public sealed class ReferralFiguresViewComponent(ReferralFigures figures) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Period period, int? localAuthorityId) =>
        View("~/Features/Adviser/Referrals/ReferralFigures.cshtml", await figures.TableAsync(localAuthorityId, period, HttpContext.RequestAborted));
}
