using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Email;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Admin.Outbox;

[Authorize(Roles = Roles.Admin)]
public sealed class OutboxController(EmploymentDbContext db, IOptions<EmailOptions> options, SiteLinks linkTo) : Controller
{
    public const int PageSize = 50;

    [HttpGet("/admin/outbox")]
    public async Task<IActionResult> Index(string? status, int page = 1)
    {
        var query = db.OutboxEmails.AsNoTracking();
        var filter = Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (OutboxStatus?)null;
        if (filter is { } wanted)
        {
            query = query.Where(e => e.Status == wanted);
        }
        var rows = query.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Select(e => new OutboxRow(e.Id, e.ToAddress, e.Subject, e.Status, e.Attempts, e.CreatedAt, e.SentAt, e.LastError));
        return View(new OutboxPage(filter, await rows.ToPageAsync(page, PageSize), options.Value.CanSend));
    }

    [HttpGet("/admin/outbox/{id:guid}")]
    public async Task<IActionResult> Email(Guid id)
    {
        var email = await db.OutboxEmails.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        return email is null ? NotFound() : View(email);
    }

    [HttpPost("/admin/outbox/{id:guid}/try-again")]
    public async Task<IActionResult> TryAgain(Guid id, [FromServices] OutboxService outbox)
    {
        if ((await outbox.TryAgainAsync(id)).Count > 0)
        {
            return await db.OutboxEmails.AnyAsync(e => e.Id == id) ? Redirect(linkTo.OutboxEmail(id)) : NotFound();
        }
        TempData["Success"] = "The email will be sent again within a minute";
        return Redirect(linkTo.OutboxEmail(id));
    }

    public static string StatusLabel(OutboxStatus status) => status switch
    {
        OutboxStatus.Queued => "Waiting to send",
        OutboxStatus.Sending => "Sending",
        OutboxStatus.Sent => "Sent",
        _ => "Failed",
    };

    public static string StatusTag(OutboxStatus status) => status switch
    {
        OutboxStatus.Queued => "govuk-tag--yellow",
        OutboxStatus.Sending => "govuk-tag--blue",
        OutboxStatus.Sent => "govuk-tag--green",
        _ => "govuk-tag--red",
    };
}

public sealed record OutboxPage(OutboxStatus? Status, Paged<OutboxRow> Emails, bool CanSend);

public sealed record OutboxRow(Guid Id, string To, string Subject, OutboxStatus Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? LastError);
