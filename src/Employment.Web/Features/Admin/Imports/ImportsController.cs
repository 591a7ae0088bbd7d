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
        var folder = Path.Combine(Path.GetTempPath(), "employment-imports", runId.ToString("N"));
        string? problem;
        try
        {
            problem = await UploadedDataset.SaveAsync(form.Files, folder, settings.MaxUploadMegabytes * 1_048_576L, ct);
        }
        catch
        {
            // Nothing half-saved: a failure reading the upload leaves no folder behind.
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            throw;
        }
        if (problem is not null)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            ModelState.AddErrors([new Problem(nameof(ImportForm.Files), problem)]);
            return View(form);
        }

        var userId = Guid.Parse(users.GetUserId(User)!);
        var names = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var bytes = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
        await importRuns.QueueAsync(runId, userId, names, goodRowsOnly, ct);

        if (bytes <= settings.InlineMaxBytes)
        {
            await ActivatorUtilities.CreateInstance<ImportJob>(HttpContext.RequestServices).RunAsync(runId, folder, goodRowsOnly, userId, ct);
        }
        else
        {
            jobs.Enqueue<ImportJob>(job => job.RunAsync(runId, folder, goodRowsOnly, userId, CancellationToken.None));
        }
        return Redirect(linkTo.AdminImport(runId));
    }

    [HttpGet("/admin/imports/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, string? refresh)
    {
        var run = await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (run is null)
        {
            return NotFound();
        }
        return View(ImportRunView.For(run, refresh != "off"));
    }
}
