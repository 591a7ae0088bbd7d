using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Admin.Retention;

public sealed record RetentionPage(int OutboxBodyDays, int EmailsWithText, int EmailsEmptied, DateTimeOffset? OldestTextSentAt);

/// <summary>What is kept, for how long and why: the page an information governance review reads first.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class RetentionController(EmploymentDbContext db, IOptions<RetentionOptions> options) : Controller
{
    [HttpGet("/admin/retention")]
    public async Task<IActionResult> Index()
    {
        var withText = await db.OutboxEmails.CountAsync(e => e.BodyRemovedAt == null);
        var emptied = await db.OutboxEmails.CountAsync(e => e.BodyRemovedAt != null);
        var oldest = await db.OutboxEmails.Where(e => e.BodyRemovedAt == null && e.Status == OutboxStatus.Sent).MinAsync(e => e.SentAt);
        return View(new RetentionPage(options.Value.OutboxBodyDays, withText, emptied, oldest));
    }
}
