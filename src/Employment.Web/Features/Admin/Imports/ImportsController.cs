using Employment.Core;
using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Interchange;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Admin.Imports;

[Authorize(Roles = Roles.Admin)]
public sealed class ImportsController(
    EmploymentDbContext db,
    UserManager<AppUser> users,
    IBackgroundJobClient jobs,
    IConfiguration configuration,
    ImportRunService importRuns,
    ImportUploads uploads,
    SiteLinks linkTo) : Controller
{
    [HttpGet("/admin/imports")]
    public async Task<IActionResult> Index()
    {
        var runs = await db.ImportRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt)
            .Take(50)
            .Select(r => new ImportRun
            {
                Id = r.Id,
                StartedAt = r.StartedAt,
                Source = r.Source,
                Status = r.Status,
                GoodRowsOnly = r.GoodRowsOnly,
                RowsRead = r.RowsRead,
                RowsLoaded = r.RowsLoaded,
                ErrorCount = r.ErrorCount,
                FinishedAt = r.FinishedAt,
            })
            .ToListAsync();
        return View(runs);
    }

    [HttpGet("/admin/imports/new")]
    public IActionResult New() => View(new ImportForm());

    [HttpPost("/admin/imports/new")]
    [RequestSizeLimit(ImportSettings.RequestCeilingBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ImportSettings.RequestCeilingBytes)]
    public async Task<IActionResult> New([FromForm] bool goodRowsOnly, CancellationToken ct)
    {
        var settings = ImportSettings.From(configuration);
        var form = new ImportForm { GoodRowsOnly = goodRowsOnly, Files = Request.HasFormContentType ? Request.Form.Files : [] };
        var runId = Guid.CreateVersion7();
        var saved = await UploadedDataset.SaveAsync(form.Files, (name, content) => uploads.SaveAsync(runId, name, content, ct), settings.MaxUploadMegabytes * 1_048_576L, ct);
        if (saved.Problem is not null)
        {
            await uploads.DeleteAsync(runId, CancellationToken.None);
            ModelState.AddErrors([new Problem(nameof(ImportForm.Files), saved.Problem)]);
            return View(form);
        }

        var userId = Guid.Parse(users.GetUserId(User)!);
        await importRuns.QueueAsync(runId, userId, saved.Names, goodRowsOnly, ct);

        if (saved.Bytes <= settings.InlineMaxBytes)
        {
            await ActivatorUtilities.CreateInstance<ImportJob>(HttpContext.RequestServices).RunAsync(runId, goodRowsOnly, userId, ct);
        }
        else
        {
            var jobId = jobs.Enqueue<ImportJob>(job => job.RunAsync(runId, goodRowsOnly, userId, CancellationToken.None));
            await importRuns.RecordJobAsync(runId, jobId, ct);
        }
        return Redirect(linkTo.AdminImport(runId));
    }

    [HttpGet("/admin/imports/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, string? refresh)
    {
        var run = await db.ImportRuns.AsNoTracking().Include(r => r.History.OrderBy(e => e.At).ThenBy(e => e.Id)).FirstOrDefaultAsync(r => r.Id == id);
        if (run is null)
        {
            return NotFound();
        }
        return View(ImportRunView.For(run, refresh != "off"));
    }

    /// <summary>An administrator's choice to run an interrupted import again, with the files it was uploaded with.</summary>
    [HttpPost("/admin/imports/{id:guid}/run-again")]
    public async Task<IActionResult> RunAgain(Guid id, CancellationToken ct)
    {
        var run = await db.ImportRuns.AsNoTracking().Include(r => r.History.OrderBy(e => e.At).ThenBy(e => e.Id)).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is null)
        {
            return NotFound();
        }
        var result = await importRuns.RunAgainAsync(id, User.Identity?.Name ?? "an administrator", ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return View(nameof(Show), ImportRunView.For(run, refresh: false));
        }
        var jobId = jobs.Enqueue<ImportJob>(job => job.RunAsync(id, run.GoodRowsOnly, run.StartedById, CancellationToken.None));
        await importRuns.RecordJobAsync(id, jobId, ct);
        return Redirect(linkTo.AdminImport(id));
    }
}
