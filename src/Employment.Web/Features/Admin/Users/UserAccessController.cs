using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Admin.Users;

public sealed record AccessHistoryRow(DateTimeOffset At, string What, string? Detail, string? By);

public sealed record UserAccessPage(AppUser User, string Role, IReadOnlyList<AccessHistoryRow> History, DisableForm Disable, RoleForm RoleForm);

/// <summary>An administrator takes a user's access away (with a reason) or gives it back, and changes their role; each is audited.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class UserAccessController(EmploymentDbContext db, UserManager<AppUser> users, AccountAccessService access, SiteLinks linkTo) : Controller
{
    [HttpGet("/admin/users/{id:guid}/access")]
    public async Task<IActionResult> Index(Guid id) =>
        await users.FindByIdAsync(id.ToString()) is { } user ? await PageAsync(user, new DisableForm(), null) : NotFound();

    [HttpPost("/admin/users/{id:guid}/disable")]
    public async Task<IActionResult> Disable(Guid id, [Bind(Prefix = nameof(UserAccessPage.Disable))] DisableForm form, [FromServices] IValidator<DisableForm> validator)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, nameof(UserAccessPage.Disable), HttpContext.RequestAborted))
        {
            return await PageAsync(user, form, null);
        }
        var result = await access.DisableAsync(user, form.Reason!, Me());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems, nameof(UserAccessPage.Disable));
            return await PageAsync(user, form, null);
        }
        TempData["Success"] = $"{user.DisplayName} can no longer sign in. Any session they have open ends within a minute";
        return Redirect(linkTo.UserAccess(id));
    }

    [HttpPost("/admin/users/{id:guid}/enable")]
    public async Task<IActionResult> Enable(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }
        var result = await access.EnableAsync(user, Me());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return await PageAsync(user, new DisableForm(), null);
        }
        TempData["Success"] = $"{user.DisplayName} can sign in again";
        return Redirect(linkTo.UserAccess(id));
    }

    [HttpPost("/admin/users/{id:guid}/role")]
    public async Task<IActionResult> Role(Guid id, [Bind(Prefix = nameof(UserAccessPage.RoleForm))] RoleForm form, [FromServices] IValidator<RoleForm> validator)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, nameof(UserAccessPage.RoleForm), HttpContext.RequestAborted))
        {
            return await PageAsync(user, new DisableForm(), form);
        }
        var result = await access.ChangeRoleAsync(user, form.Role!, Me());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems, nameof(UserAccessPage.RoleForm));
            return await PageAsync(user, new DisableForm(), form);
        }
        TempData["Success"] = $"{user.DisplayName} is now: {Roles.Label(form.Role!)}. Their open sessions take the new role or end within a minute";
        return Redirect(linkTo.UserAccess(id));
    }

    private Guid Me() => Guid.Parse(users.GetUserId(User)!);

    private async Task<IActionResult> PageAsync(AppUser user, DisableForm disable, RoleForm? role)
    {
        var current = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        var rows = await (from e in db.AccountEvents.AsNoTracking()
                          where e.UserId == user.Id
                          join changer in db.Users on e.ByUserId equals changer.Id into changers
                          from changer in changers.DefaultIfEmpty()
                          orderby e.At descending
                          select new { e.At, e.Action, e.Detail, By = changer.DisplayName })
            .Take(50).ToListAsync();
        var history = rows.Select(r => new AccessHistoryRow(r.At, AccountEvent.Describe(r.Action), r.Detail, r.By)).ToList();
        return View("Access", new UserAccessPage(user, current, history, disable, role ?? new RoleForm { Role = current }));
    }
}
