using Employment.Core.AccessToWork;
using Employment.Core.Statistics;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Adviser.AccessToWork;

/// <summary>The adviser page's Access to Work figure, kept in its own files so the dashboard itself changes by one line.</summary>
public sealed class AccessToWorkFiguresViewComponent(AccessToWorkFigures figures) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Period period, int? council) =>
        View("~/Features/Adviser/AccessToWork/_AccessToWorkFigures.cshtml",
            new AccessToWorkFigure(period, await figures.PublishedAsync(period, council, HttpContext.RequestAborted)));
}

public sealed record AccessToWorkFigure(Period Period, string PeopleWithAnAward);
