using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Web.Features.JobSeekers;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.MyView;

/// <summary>The coach's page for one person's link; <see cref="ShortLink"/> is what the person types, <see cref="QrCodeDataUri"/> opens the long link.</summary>
public sealed record PersonalLinkPage(JobSeeker Person, PersonalLink? Current, string? ShortLink, string? QrCodeDataUri);

/// <summary>
/// A coach makes, prints and stops the personal link for one person on their caseload. The link's address is shown
/// once, straight after it is made, because only its hash is kept.
/// </summary>
[Authorize(Roles = Roles.Coach)]
public sealed class PersonalLinkController(PersonalLinks links, PersonalLinkService linkService, JobSeekerAccess access, SiteLinks linkTo, PublicAddress site) : Controller
{
    private const string NewTokenKey = "PersonalLinkToken";
    private const string NewCodeKey = "PersonalLinkCode";

    [HttpGet("/job-seekers/{id:guid}/personal-link")]
    public async Task<IActionResult> Show(Guid id)
    {
        if (await OwnPersonAsync(id) is not { } person)
        {
            return NotFound();
        }
        // The long link goes only into the QR code: a person types the short one (docs/decisions/0070).
        var (token, code) = (TempData[NewTokenKey] as string, TempData[NewCodeKey] as string);
        var shortLink = token is null || code is null ? null : site.Link(linkTo.OpenShortLink(code));
        var qr = shortLink is null ? null : QrCode.PngDataUri(site.Link(linkTo.OpenPersonalLink(token!)));
        return View("PersonalLink", new PersonalLinkPage(person, await links.CurrentAsync(id), shortLink, qr));
    }

    [HttpPost("/job-seekers/{id:guid}/personal-link")]
    public async Task<IActionResult> Create(Guid id)
    {
        if (await OwnPersonAsync(id) is not { } person)
        {
            return NotFound();
        }
        var (_, token, code) = await linkService.CreateAsync(person.Id, JobSeekerAccess.UserId(User)!.Value);
        TempData[NewTokenKey] = token;
        TempData[NewCodeKey] = code;
        return Redirect(linkTo.PersonalLink(id));
    }

    [HttpPost("/job-seekers/{id:guid}/personal-link/stop")]
    public async Task<IActionResult> Stop(Guid id)
    {
        if (await OwnPersonAsync(id) is not { } person)
        {
            return NotFound();
        }
        var stopped = await linkService.RevokeAsync(person.Id, JobSeekerAccess.UserId(User)!.Value);
        TempData["Success"] = stopped ? $"{person.FirstName}'s link has stopped working" : $"{person.FirstName} had no link that works";
        return Redirect(linkTo.PersonalLink(id));
    }

    private Task<JobSeeker?> OwnPersonAsync(Guid id)
    {
        var coachId = JobSeekerAccess.UserId(User);
        return access.Visible(User).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.CoachId == coachId && j.ErasedAt == null);
    }
}
