using Employment.Core.Accounts;
using Employment.Core.EhcPlans.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.JobSeekers.Plan;

/// <summary>The careers part for a person's EHC plan annual review, as a Word document: for their coach or an administrator.</summary>
[Authorize(Roles = $"{Roles.Coach},{Roles.Admin}")]
public sealed class CareersDocumentController(CareersReviewDocument document, JobSeekerAccess access) : Controller
{
    [HttpGet("/job-seekers/{id:guid}/careers-review.docx")]
    public async Task<IActionResult> Download(Guid id)
    {
        var person = await access.FindAsync(User, id);
        if (person is null || person.ErasedAt is not null || await document.WriteAsync(person.Id, JobSeekerAccess.UserId(User)!.Value) is not { } bytes)
        {
            return NotFound();
        }
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"careers-{person.Id:N}.docx");
    }
}
