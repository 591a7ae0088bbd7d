using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Admin.Users;

[Authorize(Roles = Roles.Admin)]
public sealed class UsersController(EmploymentDbContext db, UserManager<AppUser> users, IOptions<EmailOptions> email, ReferenceLists lists, TimeProvider clock, SiteLinks linkTo) : Controller
{
    public static IEnumerable<SelectListItem> RoleOptions => Roles.All.Select(r => new SelectListItem(Roles.Label(r), r));

    public const int PageSize = 50;

    [HttpGet("/admin/users")]
    public async Task<IActionResult> Index(string? search, string? role, int page = 1)
    {
        var now = clock.GetUtcNow();
        var query =
            from user in db.Users.AsNoTracking()
            join link in db.UserRoles on user.Id equals link.UserId into links
            from link in links.DefaultIfEmpty()
            join userRole in db.Roles on link.RoleId equals userRole.Id into roles
            from userRole in roles.DefaultIfEmpty()
            select new { user, RoleName = userRole.Name };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Trim().Replace("%", "", StringComparison.Ordinal) + "%";
            query = query.Where(r => EF.Functions.ILike(r.user.DisplayName, pattern) || EF.Functions.ILike(r.user.Email!, pattern));
        }
        if (!string.IsNullOrEmpty(role) && Roles.All.Contains(role))
        {
            query = query.Where(r => r.RoleName == role);
        }
        var rows = query
            .OrderBy(r => r.user.DisplayName).ThenBy(r => r.user.Email)
            .Select(r => new UserRow(r.user.Id, r.user.DisplayName, r.user.Email!, r.RoleName ?? "", r.user.PasswordHash == null, r.user.LockoutEnd > now, r.user.DisabledAt != null, r.user.Employer!.Name, r.user.LocalAuthority!.Name));
        return View(new UsersPage(search, role, await rows.ToPageAsync(page, PageSize)));
    }

    [HttpGet("/admin/users/invite")]
    public async Task<IActionResult> Invite() => View(await WithEmployers(new InviteForm()));

    [HttpPost("/admin/users/invite")]
    public async Task<IActionResult> Invite(InviteForm form, [FromServices] IValidator<InviteForm> validator, [FromServices] InvitationService invitations)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View(await WithEmployers(form));
        }
        var invitation = new Invitation(form.FullName!.Trim(), form.Email!.Trim(), form.Role!, form.EmployerId, form.LocalAuthorityId, form.CollegeId);
        var result = await invitations.InviteAsync(invitation, Guid.Parse(users.GetUserId(User)!), (user, token) => email.Value.Link(linkTo.AcceptInvite(user.Id, token)));
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return View(await WithEmployers(form));
        }
        return Redirect(linkTo.Invitation(result.Value!.Id));
    }

    [HttpGet("/admin/users/{id:guid}/invitation")]
    public async Task<IActionResult> Invitation(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }
        // The link is shown only while the site cannot send email (development): otherwise it went by email.
        var link = email.Value.CanSend ? null : email.Value.Link(linkTo.AcceptInvite(user.Id, await users.GeneratePasswordResetTokenAsync(user)));
        var emailId = await db.OutboxEmails.Where(e => e.DedupeKey == InvitationEmail.KeyFor(user.Id)).Select(e => (Guid?)e.Id).SingleOrDefaultAsync();
        return View(new InvitationModel(user.DisplayName, user.Email!, link, user.PasswordHash is null, emailId));
    }

    [HttpPost("/admin/users/{id:guid}/unlock")]
    public async Task<IActionResult> Unlock(Guid id, [FromServices] LockoutService lockouts)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }
        await lockouts.UnlockAsync(user);
        TempData["Success"] = $"{user.DisplayName} can sign in again";
        return Redirect(linkTo.Users());
    }

    [HttpGet("/admin/users/{id:guid}/council")]
    public async Task<IActionResult> Council(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        return user is null ? NotFound() : await CouncilView(user, new CouncilForm { LocalAuthorityId = user.LocalAuthorityId });
    }

    [HttpPost("/admin/users/{id:guid}/council")]
    public async Task<IActionResult> Council(Guid id, CouncilForm form, [FromServices] IValidator<CouncilForm> validator, [FromServices] UserCouncilService councils)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return await CouncilView(user, form);
        }
        var result = await councils.SetCouncilAsync(user, form.LocalAuthorityId, Guid.Parse(users.GetUserId(User)!));
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return await CouncilView(user, form);
        }
        TempData["Success"] = $"{user.DisplayName}'s council is saved";
        return Redirect(linkTo.Users());
    }

    private async Task<IActionResult> CouncilView(AppUser user, CouncilForm form)
    {
        ViewBag.User = user;
        ViewBag.Councils = await CouncilOptionsAsync();
        return View("Council", form);
    }

    private async Task<List<SelectListItem>> CouncilOptionsAsync() =>
        ReferenceLists.Options(await lists.LocalAuthoritiesAsync()).Prepend(new SelectListItem("No council", "")).ToList();

    private async Task<InviteForm> WithEmployers(InviteForm form)
    {
        ViewBag.Employers = (await db.Employers.AsNoTracking()
                .Where(e => e.Approval == ApprovalStatus.Approved)
                .OrderBy(e => e.Name)
                .Select(e => new { e.Id, e.Name })
                .ToListAsync())
            .Select(e => new SelectListItem(e.Name, e.Id.ToString()))
            .Prepend(new SelectListItem("Not an employer", ""))
            .ToList();
        ViewBag.Colleges = (await db.Colleges.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync())
            .Select(c => new SelectListItem(c.Name, c.Id.ToString())).Prepend(new SelectListItem("Not a college partner", "")).ToList();
        ViewBag.Councils = await CouncilOptionsAsync();
        return form;
    }
}

public sealed record UsersPage(string? Search, string? Role, Paged<UserRow> Users);

public sealed record UserRow(Guid Id, string Name, string Email, string Role, bool InvitationPending, bool LockedOut, bool Disabled, string? Employer, string? Council);

public sealed record InvitationModel(string Name, string Email, string? Link, bool Pending, Guid? EmailId);
