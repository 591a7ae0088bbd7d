using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Statistics;
using Employment.Core.Statistics.Costs;
using Employment.Core.Statistics.Publishing;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Adviser.Home;

/// <summary>Advisers see aggregates only: never a person. Every figure goes through the same suppression on the page and in exports.</summary>
[Authorize(Roles = Roles.Adviser + "," + Roles.Admin)]
public sealed class AdviserHomeController(EmploymentDbContext db, Dashboard dashboard, IValidator<DashboardForm> validator, TimeProvider clock) : Controller
{
    [HttpGet("/adviser")]
    public async Task<IActionResult> Index([FromQuery] DashboardForm form, CancellationToken ct)
    {
        var (figures, councils, _) = await FiguresAsync(form, ct);
        return View(new DashboardModel(form, figures, Choices(councils)));
    }

    [HttpGet("/adviser/tables/{table}.csv")]
    public async Task<IActionResult> Export(string table, [FromQuery] DashboardForm form, CancellationToken ct)
    {
        var (figures, councils, filter) = await FiguresAsync(form, ct);
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }
        var found = figures.AllTables.SingleOrDefault(t => t.Key == table);
        var publication = Publish(figures, councils, filter);
        return found is null
            ? NotFound()
            : File(publication.CsvBytes(found), "text/csv; charset=utf-8", publication.FileName(found.Key, "csv"));
    }

    /// <summary>The whole period's tables for a council (or all councils), with no other filter, ready to publish as they are.</summary>
    [HttpGet("/adviser/open-data.zip")]
    public async Task<IActionResult> OpenData([FromQuery] DashboardForm form, CancellationToken ct)
    {
        var whole = new DashboardForm { Period = form.Period, Council = form.Council };
        var (figures, councils, filter) = await FiguresAsync(whole, ct);
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }
        var publication = Publish(figures, councils, filter);
        return File(OpenDataPackage.Zip(publication, figures.AllTables), "application/zip", publication.FileName("open-data", "zip"));
    }

    [HttpGet("/adviser/definitions")]
    public async Task<IActionResult> Definitions(CancellationToken ct) => View(await FurtherEducationCostsService.InUseByCouncilAsync(db, ct));

    private Publication Publish(DashboardFigures figures, List<(int Id, string Name)> councils, StatisticsFilter filter) =>
        Publication.For(filter, councils.FirstOrDefault(c => c.Id == filter.LocalAuthorityId).Name ?? "All councils", figures.Period, figures.WorkedOutAt ?? clock.GetUtcNow());

    private async Task<(DashboardFigures Figures, List<(int Id, string Name)> Councils, StatisticsFilter Filter)> FiguresAsync(DashboardForm form, CancellationToken ct)
    {
        var councils = (await db.LocalAuthorities.AsNoTracking()
                .Where(l => db.JobSeekers.Any(j => j.LocalAuthorityId == l.Id))
                .OrderBy(l => l.Name)
                .Select(l => new { l.Id, l.Name })
                .ToListAsync(ct))
            .Select(l => (l.Id, l.Name)).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var offered = councils.Select(c => c.Id).ToHashSet();
        // Only strings are bound, so nothing else is in the state; clearing it lets errors follow the order of the page.
        ModelState.Clear();
        await validator.ValidateIntoAsync(form, (IReadOnlyCollection<int>)offered, ModelState, ct: ct);
        var (filter, period) = form.Read(today, offered);
        return (await dashboard.BuildAsync(filter, period, today, ct), councils, filter);
    }

    private DashboardChoices Choices(List<(int Id, string Name)> councils)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var latest = DashboardForm.DefaultPeriod(today);
        var periods = Enumerable.Range(0, 12).Select(i => Period.QuarterContaining(latest.From.AddMonths(-3 * i)))
            .Concat(Enumerable.Range(0, 4).Select(i => Period.FinancialYearContaining(today.AddYears(-i))))
            .Select(p => new SelectListItem(p.Label, p.Key)).ToList();
        var all = new SelectListItem("All", "");
        return new DashboardChoices(
            periods,
            [all, .. councils.Select(c => new SelectListItem(c.Name, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            [all, .. Enum.GetValues<OpportunityKind>().Select(k => new SelectListItem(k.Label(), k.ToString()))],
            [all, .. Enum.GetValues<AgeBand>().Select(a => new SelectListItem(a.Label(), a.ToString()))],
            [all, .. Enum.GetValues<DisabilityConfidentLevel>().Select(l => new SelectListItem(l.Label(), l.ToString()))]);
    }
}

public sealed record DashboardChoices(
    IReadOnlyList<SelectListItem> Periods,
    IReadOnlyList<SelectListItem> Councils,
    IReadOnlyList<SelectListItem> Kinds,
    IReadOnlyList<SelectListItem> Ages,
    IReadOnlyList<SelectListItem> Levels);

public sealed record DashboardModel(DashboardForm Form, DashboardFigures Figures, DashboardChoices Choices)
{
    /// <summary>How fresh the outcome figures are: a stored snapshot is up to ten minutes behind the records (decision 0027).</summary>
    public string WorkedOut => Figures.WorkedOutAt is { } at
        ? $"Outcome figures worked out at {at.ToString("HH:mm 'on' d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} (UTC). They are worked out again every few minutes when records change, so a placement recorded just now may take up to ten minutes to show."
        : "Outcome figures worked out from the records as they are now.";
}
