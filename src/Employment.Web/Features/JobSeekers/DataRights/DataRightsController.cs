using Employment.Web.Infrastructure.Links;
using System.Text.Json;
using System.Text.Json.Serialization;
using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.JobSeekers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.JobSeekers.DataRights;

/// <summary>Subject access and erasure: administrators act on a person's request.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class DataRightsController(JobSeekerAccess access, SubjectAccess subjectAccess, Erasure erasure, AuditLog audit, SiteLinks linkTo) : Controller
{
    private static readonly JsonSerializerOptions ReportJsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    [HttpGet("/job-seekers/{id:guid}/data")]
    public async Task<IActionResult> Report(Guid id)
    {
        var report = await ReportAsync(id, "Readable page");
        return report is null ? NotFound() : View(report);
    }

    [HttpGet("/job-seekers/{id:guid}/data.json")]
    public async Task<IActionResult> ReportJson(Guid id)
    {
        var report = await ReportAsync(id, "JSON file");
        if (report is null)
        {
            return NotFound();
        }
        return File(JsonSerializer.SerializeToUtf8Bytes(report, ReportJsonOptions), "application/json", $"subject-access-{id:N}.json");
    }

    [HttpGet("/job-seekers/{id:guid}/erase")]
    public async Task<IActionResult> ConfirmErase(Guid id)
    {
        var person = await access.FindAsync(User, id);
        return person is null || person.ErasedAt is not null ? NotFound() : View(person);
    }

    [HttpPost("/job-seekers/{id:guid}/erase")]
    public async Task<IActionResult> Erase(Guid id)
    {
        var person = await access.FindAsync(User, id);
        if (person is null)
        {
            return NotFound();
        }
        var name = person.DisplayName;
        if (!await erasure.EraseAsync(id, JobSeekerAccess.UserId(User)))
        {
            TempData["Success"] = "This person's identifying data had already been erased";
        }
        else
        {
            TempData["Success"] = $"{name}'s identifying data has been erased. Their placements still count in the statistics";
        }
        return Redirect(linkTo.JobSeeker(id));
    }

    private async Task<SubjectAccessReport?> ReportAsync(Guid id, string format)
    {
        if (await access.FindAsync(User, id) is null)
        {
            return null;
        }
        await audit.RecordAsync(id, JobSeekerAccess.UserId(User), AuditLog.Exported, format);
        return await subjectAccess.ReportAsync(id);
    }
}
